import { paperLabel, parsePaperKey } from '../../domain/paper-id';
import type { Corrections } from '../../storage/user-data';

/** Every correction the user made, each with a way to take it back. */
export function CorrectionList(props: {
  corrections: Corrections;
  onRemoveMention(contextKey: string): void;
  onRemoveHomepage(researcherKey: string): void;
}) {
  const mentions = Object.entries(props.corrections.mentions);
  const homepages = Object.entries(props.corrections.homepages);
  return (
    <section aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Your corrections</h2>
      {!mentions.length && !homepages.length ? (
        <p class="hint">None yet. "Not this person" and "Set homepage" on a card add them here.</p>
      ) : null}
      <ul class="corrections">
        {mentions.map(([context, c]) => (
          <li key={context}>
            <span>
              {c.choice === 'not-this-person' ? 'Not this person' : `Chose ${c.researcherKey}`} for{' '}
              {describeContext(context)}
            </span>
            <button
              type="button"
              aria-label={`Remove correction for ${describeContext(context)}`}
              onClick={() => props.onRemoveMention(context)}
            >
              Remove
            </button>
          </li>
        ))}
        {homepages.map(([key, h]) => (
          <li key={key}>
            <span>
              Homepage of {key}: {h.url}
            </span>
            <button type="button" aria-label={`Remove homepage of ${key}`} onClick={() => props.onRemoveHomepage(key)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `arxiv:2403.12968#0` → "author 1 of arXiv 2403.12968"; `name:zhuoshi pan` → "the name zhuoshi pan". */
function describeContext(context: string): string {
  const slot = /^(.+)#(\d+)$/.exec(context);
  const paper = parsePaperKey(slot?.[1] ?? '');
  if (slot && paper) return `author ${Number(slot[2]) + 1} of ${paperLabel(paper)}`;
  return context.startsWith('name:') ? `the name “${context.slice(5)}”` : context;
}
