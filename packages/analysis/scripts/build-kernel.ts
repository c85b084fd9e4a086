/**
 * Compiles src/kernel/add-shift.wat to WebAssembly with wabt and writes the bytes into
 * src/kernel/add-shift-wasm.ts, so the library needs no build step and no file access at run time.
 * Run: npx tsx packages/analysis/scripts/build-kernel.ts (a test checks that the committed bytes are current).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileKernel } from './compile-kernel.ts';

const watPath = fileURLToPath(new URL('../src/kernel/add-shift.wat', import.meta.url));
const outPath = fileURLToPath(new URL('../src/kernel/add-shift-wasm.ts', import.meta.url));
const bytes = await compileKernel(readFileSync(watPath, 'utf8'));
const rows: string[] = [];
for (let i = 0; i < bytes.length; i += 20)
  rows.push(`  ${Array.from(bytes.subarray(i, i + 20)).join(', ')},`);
writeFileSync(
  outPath,
  [
    '// Generated from add-shift.wat by packages/analysis/scripts/build-kernel.ts. Do not edit by hand.',
    'export const ADD_SHIFT_WASM = new Uint8Array([',
    ...rows,
    ']);',
    '',
  ].join('\n'),
);
console.log(`wrote ${outPath} (${bytes.length} bytes)`);
