import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FollowNews, FollowSummary } from '../../messaging/ui-types';
import { formatAge, formatCount } from '../card/format';
import type { PopupBackend, PopupTarget } from './popup-backend';
import { NameText } from '../card/NameText';

/** Researchers the user follows, each with what is new since they last looked. */
export function FollowList({
  backend,
  onOpen,
  now,
}: {
  backend: PopupBackend;
  onOpen(target: PopupTarget): void;
  now: number;
}) {
  const [follows, setFollows] = useState<FollowSummary[]>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void backend.listFollows().then(setFollows, () => setFailed(true));
  }, []);

  let body: ComponentChild;
  if (failed) body = <p class="muted">Byline could not read your follows.</p>;
  else if (!follows) body = <p class="muted">Checking what is new…</p>;
  else if (!follows.length)
    body = <p class="muted">Follow a researcher from their card to see their new papers here.</p>;
  else
    body = (
      <ul class="people">
        {follows.map((f) => (
          <li key={f.key}>
            <button type="button" class="person" onClick={() => onOpen({ kind: 'key', key: f.key, name: f.name })}>
              <span class="person-name">
                <NameText text={f.name} />
              </span>
              <span class={`person-line${f.news && hasFollowNews(f.news) ? ' new' : ''}`} data-testid="follow-news">
                {f.problem
                  ? f.problem
                  : f.news && hasFollowNews(f.news)
                    ? describeNews(f.news)
                    : `Nothing new since ${formatAge(f.lastSeenAt, now)}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    );
  return (
    <section class="block" aria-labelledby="following-heading">
      <h2 id="following-heading">Following</h2>
      {body}
    </section>
  );
}

/** Whether there is anything to tell. */
export function hasFollowNews(news: FollowNews): boolean {
  return news.papers.length > 0 || news.news.length > 0 || Boolean(news.citationsGained) || Boolean(news.starsGained);
}

/** "2 new papers (LLMLingua-2 …) · 1 news item · +120 citations". */
export function describeNews(n: FollowNews): string {
  const parts: string[] = [];
  if (n.papers.length)
    parts.push(
      `${n.papers.length} new paper${n.papers.length > 1 ? 's' : ''} (${n.papers[0]}${n.papers.length > 1 ? ', …' : ''})`,
    );
  if (n.news.length) parts.push(`${n.news.length} news item${n.news.length > 1 ? 's' : ''}`);
  if (n.citationsGained) parts.push(`+${formatCount(n.citationsGained)} citations`);
  if (n.starsGained) parts.push(`+${formatCount(n.starsGained)} stars`);
  return parts.join(' · ');
}
