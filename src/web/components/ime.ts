/** The parts of a keyboard event the IME guard looks at (React or DOM events both fit). */
export type KeyLike = {
  key: string;
  keyCode?: number;
  isComposing?: boolean;
  nativeEvent?: { isComposing?: boolean; keyCode?: number };
};

/**
 * True for an Enter that confirms an IME conversion (変換確定) rather than meaning "submit".
 * Chrome and Firefox flag it with isComposing; Safari ends the composition first and reports
 * keyCode 229 instead, so both are checked.
 */
export function isImeEnter(e: KeyLike): boolean {
  if (e.key !== 'Enter') return false;
  const composing = e.isComposing || e.nativeEvent?.isComposing;
  const code = e.keyCode ?? e.nativeEvent?.keyCode;
  return !!composing || code === 229;
}
