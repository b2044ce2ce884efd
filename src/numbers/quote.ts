/** Cell text quoted in a message: at most `max` characters, so a huge cell is never echoed whole. */
export function quote(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max)}…（共${text.length}个字符 / ${text.length} characters）`;
}
