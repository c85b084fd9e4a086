/**
 * Counting subsets by total weight, modulo a prime below 2^30: the hot loop of the weighted-game programme.
 *
 * `subsetSumResidues(weights, len, p)` returns C[x] mod p for x < len, where C[x] is the number of subsets of
 * `weights` whose total is x (the coefficients of Π (1 + z^w) truncated to len terms).
 * Time O(Σ_j min(len, w_1 + … + w_j)): the weights are taken in increasing order and each pass stops at the
 * largest total reachable so far. Memory O(len) 32-bit cells.
 *
 * The pass runs in WebAssembly with 128-bit SIMD (add-shift.wat) where the host has it (Node 16.4+, current
 * browsers), about six times faster than the same loop in JavaScript; otherwise in the JavaScript loop below,
 * which gives the same residues.
 */
import { ADD_SHIFT_WASM } from './add-shift-wasm.ts';

/** Largest modulus the kernel accepts: a + b must stay below 2^31. */
export const KERNEL_MODULUS_LIMIT = 2 ** 30;

/** Largest table the WebAssembly pass takes (byte addresses stay below 2^31). */
const WASM_MAX_CELLS = 2 ** 29 - 4;

interface Wasm {
  readonly memory: WebAssembly.Memory;
  readonly addShift: (base: number, w: number, len: number, p: number) => void;
}

let wasm: Wasm | null | undefined;

function loadWasm(): Wasm | null {
  if (wasm !== undefined) return wasm;
  wasm = null;
  try {
    if (typeof WebAssembly === 'object' && WebAssembly.validate(ADD_SHIFT_WASM)) {
      const instance = new WebAssembly.Instance(new WebAssembly.Module(ADD_SHIFT_WASM), {});
      const { memory, add_shift } = instance.exports as {
        memory: WebAssembly.Memory;
        add_shift: Wasm['addShift'];
      };
      wasm = { memory, addShift: add_shift };
    }
  } catch {
    wasm = null;
  }
  return wasm;
}

/** Which implementation runs the pass here. */
export function kernelBackend(): 'wasm-simd' | 'javascript' {
  return loadWasm() ? 'wasm-simd' : 'javascript';
}

function addShiftJs(a: Int32Array, w: number, len: number, p: number): void {
  for (let x = len - 1; x >= w; x--) {
    const s = (a[x]! + a[x - w]! - p) | 0;
    a[x] = s + ((s >> 31) & p);
  }
}

function checkArguments(weights: readonly number[], len: number, p: number): void {
  if (!Number.isInteger(p) || p < 2 || p >= KERNEL_MODULUS_LIMIT)
    throw new RangeError(`modulus must be an integer in [2, 2^30), got ${p}`);
  if (!Number.isInteger(len) || len < 1)
    throw new RangeError(`length must be a positive integer, got ${len}`);
  for (const w of weights)
    if (!Number.isInteger(w) || w < 0)
      throw new RangeError(`weights must be non-negative integers, got ${w}`);
}

/** C[x] mod p for x < len (see the file comment). `backend` forces an implementation (tests compare them). */
export function subsetSumResidues(
  weights: readonly number[],
  len: number,
  p: number,
  backend: 'auto' | 'javascript' = 'auto',
): Int32Array {
  checkArguments(weights, len, p);
  const sorted = [...weights].sort((a, b) => a - b);
  // The kernel compares byte addresses as signed 32-bit numbers: tables of 2 GiB or more take the JavaScript loop.
  const kernel = backend === 'auto' && len < WASM_MAX_CELLS ? loadWasm() : null;
  let a: Int32Array;
  let pass: (w: number, top: number) => void;
  if (kernel) {
    const bytes = len * 4;
    const have = kernel.memory.buffer.byteLength;
    if (have < bytes) kernel.memory.grow(Math.ceil((bytes - have) / 65_536));
    a = new Int32Array(kernel.memory.buffer, 0, len);
    a.fill(0);
    pass = (w, top) => kernel.addShift(0, w, top, p);
  } else {
    a = new Int32Array(len);
    pass = (w, top) => addShiftJs(a, w, top, p);
  }
  a[0] = 1;
  let reach = 0;
  for (const w of sorted) {
    reach += w;
    pass(w, Math.min(len, reach + 1));
  }
  // The WebAssembly memory may grow (and its buffer be replaced) on the next call: hand back a copy.
  return kernel ? a.slice() : a;
}
