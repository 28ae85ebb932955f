/** Name handling shared by the site adapters and the profile matcher. */
export { compareNames, type NameMatch } from './compare-names';
export { foldGerman, foldLatin } from './fold-latin';
export { isCollaboration } from './is-collaboration';
export { splitNativeName, type NameScripts } from './native-name';
export { normalizeName } from './normalize-name';
export { parseName, SURNAME_PARTICLES, type ParsedName } from './parse-name';
export { stripBidiControls } from './bidi';
export { repairMojibake } from './repair-mojibake';
