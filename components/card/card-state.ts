import type { LookupResult } from '../../profiles/profile';
import type { AuthorQuery } from '../../messaging/types';

/** Everything the card view needs to draw itself: the name asked about and where the answer is. */
export type CardState =
  | { status: 'loading'; query: AuthorQuery }
  | { status: 'done'; query: AuthorQuery; result: LookupResult };

/** What the card can ask for; the host turns these into messages to the background. */
export interface CardActions {
  close(): void;
  /** "Not this person": remember it for this name on this paper and look again. */
  rejectMatch(): void;
  /** Use this homepage for this researcher from now on. */
  setHomepage(url: string): void;
  toggleFollow(): void;
  /** Ask the browser for permission to read a homepage on `origin`. */
  grantOrigin(origin: string): void;
  /** Open Byline's options page (its sites, sources, cache). */
  openOptions(): void;
  retry(): void;
}
