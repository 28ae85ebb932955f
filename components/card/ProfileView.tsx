import { filledFields } from '../../profiles/card-fields';
import type { LookupResult } from '../../profiles/profile';
import type { CardActions } from './card-state';
import { CardProblems } from './CardProblems';
import { sourceLabel } from '../../domain/source-labels';
import { formatAge, formatCount } from './format';
import { PaperList } from './PaperList';
import { isSafeUrl, isWebUrl } from '../../domain/safe-url';
import { ProfileLinks } from './ProfileLinks';
import { SetHomepageForm } from './SetHomepageForm';
import { NameText } from './NameText';

type Found = Extract<LookupResult, { ok: true }>;

/** The body of a card for a researcher Byline found: facts first, provenance beside them. */
export function ProfileView({
  result,
  actions,
  now,
  following,
}: {
  result: Found;
  actions: CardActions;
  now: number;
  following: boolean;
}) {
  const { profile: p, match } = result;
  const advisors = p.advisors?.value ?? [];
  const interests = p.interests?.value ?? [];
  const news = (p.news?.value ?? []).slice(0, 3);
  // An early stage of a cold card: the parts still coming hold their place with grey rows.
  const coming = new Set(result.pending ?? []);
  const arriving = coming.size > 0;
  return (
    <div class="profile" data-fields={filledFields(p).join(',')} aria-busy={arriving ? 'true' : undefined}>
      <header class="head">
        {p.photo && isWebUrl(p.photo.value) ? (
          <img class="photo" src={p.photo.value} alt="" width={56} height={56} referrerpolicy="no-referrer" />
        ) : null}
        <div>
          <h2 class="name" data-testid="card-name">
            <NameText text={p.name.value} />
            {p.nativeName ? (
              <span class="native" lang="zh">
                {' '}
                <NameText text={p.nativeName.value} />
              </span>
            ) : null}
          </h2>
          {p.position || p.affiliation ? (
            <p class="role" data-testid="card-affiliation">
              {[p.position?.value, p.affiliation?.value].filter(Boolean).join(', ')}
              <span class="source"> · {roleSources(p)}</span>
            </p>
          ) : null}
        </div>
      </header>
      {advisors.length ? (
        <p class="advisors" data-testid="card-advisors">
          Advisor{advisors.length > 1 ? 's' : ''}:{' '}
          {advisors.map((a, i) => (
            <>
              {i ? ', ' : ''}
              {a.url && isSafeUrl(a.url) ? (
                <a href={a.url} target="_blank" rel="noopener noreferrer">
                  <NameText text={a.name} />
                </a>
              ) : (
                <NameText text={a.name} />
              )}
            </>
          ))}
        </p>
      ) : null}
      {interests.length ? (
        <p class="interests" data-testid="card-interests">
          {interests.slice(0, 6).join(' · ')}
        </p>
      ) : null}
      <ProfileLinks links={p.links} />
      {p.links.homepage && p.links.homepage.source !== 'homepage' ? (
        <p class="homepage-source source" data-testid="card-homepage-source">
          Homepage from {sourceLabel(p.links.homepage.source)}
          {p.links.homepage.note ? ` (${p.links.homepage.note})` : ''}
        </p>
      ) : null}
      {coming.has('homepage') ? (
        <div class="pending" data-testid="pending-homepage" aria-hidden="true">
          <div class="bar narrow" />
        </div>
      ) : null}
      {p.metrics ? (
        <p class="metrics" data-testid="card-metrics">
          {p.metrics.value.citations !== undefined ? (
            <span>{formatCount(p.metrics.value.citations)} citations</span>
          ) : null}
          {p.metrics.value.hIndex !== undefined ? <span>h-index {p.metrics.value.hIndex}</span> : null}
          {p.metrics.value.paperCount !== undefined ? <span>{p.metrics.value.paperCount} papers</span> : null}
          <span class="source">
            ({sourceLabel(p.metrics.source)}, {formatAge(p.metrics.fetchedAt, now)})
          </span>
        </p>
      ) : null}
      {coming.has('papers') ? (
        <section class="papers pending" data-testid="pending-papers" aria-hidden="true">
          <h3>Papers</h3>
          <div class="bar wide" />
          <div class="bar" />
          <div class="bar wide" />
        </section>
      ) : (
        <PaperList papers={p.papers} totalStars={p.totalStars} now={now} codeComing={coming.has('code')} />
      )}
      {arriving ? <p class="visually-hidden">Loading more details…</p> : null}
      {news.length ? (
        <section class="news" aria-label="Latest news" data-testid="card-news">
          <h3>News</h3>
          <ul>
            {news.map((n) => (
              <li key={n.text}>
                {n.date ? <span class="date">{n.date}</span> : null} {n.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <CardProblems problems={result.problems} now={now} actions={actions} />
      <footer class="why">
        <p data-testid="card-reason" class={`confidence-${match.confidence}`}>
          Matched as {match.reason} ({match.confidence} confidence)
          {result.stale ? <span class="stale"> · data from {formatAge(result.asOf, now)}, refreshing</span> : null}
        </p>
        <div class="actions">
          {/* Acting on a card still arriving would act on part of it: the controls wait for the whole. */}
          <button
            type="button"
            class="action"
            onClick={actions.toggleFollow}
            aria-pressed={following}
            disabled={arriving}
          >
            {following ? 'Following' : 'Follow'}
          </button>
          <button
            type="button"
            class="action"
            data-testid="reject-match"
            onClick={actions.rejectMatch}
            disabled={arriving}
          >
            Not this person
          </button>
          <SetHomepageForm current={p.links.homepage?.value} onSubmit={actions.setHomepage} disabled={arriving} />
        </div>
      </footer>
    </div>
  );
}

/** Where the position and the affiliation came from: "homepage", "OpenAlex, at the 2024 paper". */
function roleSources(p: Found['profile']): string {
  const said = [p.position, p.affiliation].flatMap((f) =>
    f ? [`${sourceLabel(f.source)}${f.note ? `, ${f.note}` : ''}`] : [],
  );
  return [...new Set(said)].join('; ');
}
