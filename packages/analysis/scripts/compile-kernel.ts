import wabtInit from 'wabt';

/** WebAssembly text to binary, with the SIMD feature on. */
export async function compileKernel(wat: string): Promise<Uint8Array> {
  const wabt = await wabtInit();
  const module = wabt.parseWat('add-shift.wat', wat, { simd: true });
  try {
    module.validate();
    return new Uint8Array(module.toBinary({}).buffer);
  } finally {
    module.destroy();
  }
}
