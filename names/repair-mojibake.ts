/** Mac OS Roman, bytes 0x80–0xFF. */
const MAC_ROMAN =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

/** Windows-1252, bytes 0x80–0x9F (the rest of the high half equals Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function byteTable(high: string, latin1Tail: boolean): Map<string, number> {
  const table = new Map<string, number>();
  for (const [i, ch] of Array.from(high).entries()) table.set(ch, 0x80 + i);
  // Latin-1 proper: C1 controls and the upper half map to themselves.
  if (latin1Tail)
    for (let b = 0x80; b <= 0xff; b++)
      if (b >= 0xa0 || !table.has(String.fromCharCode(b))) table.set(String.fromCharCode(b), b);
  return table;
}

/** Each wrong decoder as a table from the character it produced back to the byte it read. */
const DECODERS: readonly Map<string, number>[] = [byteTable(CP1252_HIGH, true), byteTable(MAC_ROMAN, false)];

const utf8 = new TextDecoder('utf-8', { fatal: true });

function redecode(text: string, table: Map<string, number>): string | undefined {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const byte = table.get(ch);
      if (byte === undefined) return undefined;
      bytes.push(byte);
    }
  }
  try {
    return utf8.decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/**
 * Undoes UTF-8 text that was decoded as Windows-1252/Latin-1 ("RÃ¼hle" → "Rühle") or as
 * Mac Roman ("ÁõòÂçìÂÆû" → "盘卓实"). Repairs only when every non-ASCII character maps back
 * to a byte and the bytes are valid UTF-8 that shortens the text (so "Müller" stays as is).
 */
export function repairMojibake(text: string): string {
  if (!/[^\x00-\x7F]/.test(text)) return text;
  for (const table of DECODERS) {
    const repaired = redecode(text, table);
    if (repaired !== undefined && repaired.length < text.length && !/[\u0080-\u009F]/.test(repaired)) {
      return repaired;
    }
  }
  return text;
}
