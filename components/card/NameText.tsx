import { stripBidiControls } from '../../names/bidi';

/**
 * A person's name as shown by Byline: bidi controls stripped, and laid out in its own bidi
 * isolate, so a name in one script (or a hostile one) cannot reorder the text around it.
 */
export function NameText({ text }: { text: string }) {
  return <bdi>{stripBidiControls(text)}</bdi>;
}
