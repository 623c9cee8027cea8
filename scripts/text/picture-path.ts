/**
 * A picture's file as the editor named it. markdown-it percent-encodes a path (/images/%D8%B0.jpg),
 * and `</images/gold bars.jpg>`, how a file name with spaces is written, reaches us as
 * `gold%20bars.jpg`; messages print, and the picture pipeline reads, the name as typed.
 */
export function picturePath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}
