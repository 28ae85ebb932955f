/**
 * Person ids in the links of the opt-in sites, read from `href` attributes only: what the site
 * itself says about who a name is, never a guess.
 */
import type { SitePersonId } from '../messaging/types';

/** A Scholar profile id: 12 characters of letters, digits, `_` and `-` (`kukA0LcAAAAJ`). */
const SCHOLAR_USER = /^(?:https?:\/\/scholar\.google\.[a-z.]+)?\/citations\?(?:[^#]*&)?user=([\w-]{12})(?:[&#]|$)/i;

/** `{kind:'scholar', id}` for a link to a Scholar profile (`/citations?user=…`). */
export function scholarPersonId(href: string | null | undefined): (SitePersonId & { kind: 'scholar' }) | undefined {
  const id = SCHOLAR_USER.exec(href ?? '')?.[1];
  return id ? { kind: 'scholar', id } : undefined;
}

/** The `user=` of a Scholar page URL. */
export function scholarUserOfUrl(url: URL): (SitePersonId & { kind: 'scholar' }) | undefined {
  return scholarPersonId(`/citations${url.search}`);
}

/** dblp pids: `335/2379`, `61/3234-34`, `i/JohnSmith` (no `..`, no query). */
const DBLP_PID =
  /^(?:https?:\/\/dblp\.(?:org|uni-trier\.de|dagstuhl\.de))?\/pid\/([\w-]+(?:\/[\w-]+)*?)(?:\.html)?\/?(?:[?#]|$)/i;

/** `{kind:'dblp', id}` for a link to (or the path of) a dblp person page. */
export function dblpPersonId(href: string | null | undefined): (SitePersonId & { kind: 'dblp' }) | undefined {
  const id = DBLP_PID.exec(href ?? '')?.[1];
  return id ? { kind: 'dblp', id } : undefined;
}

/** Hugging Face's own top-level paths: a link there is no account (only author links are read). */
const HF_RESERVED =
  /^(?:papers|models|datasets|spaces|docs|blog|posts|collections|organizations|settings|login|join|api)$/i;

/** `{kind:'hf', id}` for a same-site link to a Hugging Face account (`/qianhuiwu`). */
export function hfPersonId(href: string | null | undefined): (SitePersonId & { kind: 'hf' }) | undefined {
  const user = /^(?:https:\/\/huggingface\.co)?\/([A-Za-z0-9][\w.-]{0,95})\/?$/.exec(href ?? '')?.[1];
  return user && !HF_RESERVED.test(user) ? { kind: 'hf', id: user } : undefined;
}
