/** Base64 of a string's UTF-8 bytes, in the browser and in Node alike (no Buffer). */
export function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
