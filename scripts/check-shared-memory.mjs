// Checks that a .wasm file imports a *shared* memory.
//
// Since rustc PR #147225, `+atomics` alone links a module with an unshared memory, and nothing
// fails until a Web Worker is handed that memory (DataCloneError). So the threaded build is
// checked here, by reading the import section directly: WebAssembly.Module.imports() does not
// say whether a memory is shared.
//
// Usage: node scripts/check-shared-memory.mjs FILE.wasm   (exit status 1 when not shared)
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const buf = readFileSync(file);
let pos = 8;

function u32() {
  let result = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    result |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return result >>> 0;
}
function name() {
  const len = u32();
  const s = buf.subarray(pos, pos + len).toString('utf8');
  pos += len;
  return s;
}
function limits() {
  const flags = buf[pos++];
  const min = u32();
  const max = flags & 1 ? u32() : undefined;
  return { flags, min, max, shared: (flags & 2) !== 0 };
}

if (buf.readUInt32LE(0) !== 0x6d736100) {
  console.error(`${file}: not a wasm module`);
  process.exit(1);
}
const memories = [];
while (pos < buf.length) {
  const id = buf[pos++];
  const size = u32();
  const end = pos + size;
  if (id === 2) {
    const count = u32();
    for (let i = 0; i < count; i++) {
      const mod = name(), field = name(), kind = buf[pos++];
      if (kind === 0) u32();                       // function: type index
      else if (kind === 1) { pos++; limits(); }    // table: element type, limits
      else if (kind === 2) memories.push({ mod, field, ...limits() });
      else if (kind === 3) pos += 2;               // global: value type, mutability
      else if (kind === 4) { pos++; u32(); }       // tag: attribute, type index
      else throw new Error(`unknown import kind ${kind}`);
    }
    break;
  }
  pos = end;
}
const shared = memories.find(m => m.shared);
if (!shared) {
  console.error(`ERROR: ${file} does not import a shared memory (imports: ${JSON.stringify(memories)}).`);
  console.error('The threaded build is missing -C link-arg=--shared-memory / --import-memory.');
  process.exit(1);
}
const mib = (pages) => pages === undefined ? 'none' : `${pages * 64 / 1024} MiB`;
console.log(`ok: ${file} imports shared memory ${shared.mod}.${shared.field} (initial ${mib(shared.min)}, max ${mib(shared.max)})`);
