// Share links: the program and its settings in the URL fragment, compressed with the
// browser's own CompressionStream (deflate-raw) and written in base64url, so a link holds a
// whole program and never reaches a server (a fragment is not sent).
//
//   #s=<base64url(deflate-raw(JSON))>    JSON: {v: 1, src, procs, mode, seed, stdin, example, at}
// `src` is left out when the program is a gallery example unchanged (the link names `example`);
// `at` is the moment of the replay to show once the reader presses Run.

export async function encodeShare(obj) {
  const bytes = new TextEncoder().encode(JSON.stringify({ v: 1, ...obj }));
  const packed = await pipe(bytes, new CompressionStream('deflate-raw'));
  return toBase64url(packed);
}

// Returns the object, or null when the text is not a share fragment we can read.
export async function decodeShare(text) {
  try {
    const bytes = await pipe(fromBase64url(text), new DecompressionStream('deflate-raw'));
    const obj = JSON.parse(new TextDecoder().decode(bytes));
    return obj && obj.v === 1 ? obj : null;
  } catch (_) {
    return null;
  }
}

async function pipe(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
