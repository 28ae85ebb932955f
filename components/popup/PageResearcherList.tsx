import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PageAnswer, PopupBackend, PopupTarget } from './popup-backend';
import { NameText } from '../card/NameText';
import { paperIdLabel, paperOfPage, rowLine } from './page-rows';

/** Names shown before "show all": a listing can have thousands. */
const FIRST_NAMES = 30;

/** The researchers of the current tab: byline order on a paper, looked-at names first on a listing. */
export function PageResearcherList({ backend, onOpen }: { backend: PopupBackend; onOpen(target: PopupTarget): void }) {
  const [answer, setAnswer] = useState<PageAnswer>();
  const [all, setAll] = useState(false);
  useEffect(() => {
    void backend.pageResearchers().then(setAnswer, () => setAnswer({ ok: false }));
  }, []);

  let body: ComponentChild;
  if (!answer) body = <p class="muted">Reading this page…</p>;
  else if (!answer.ok)
    body = (
      <p class="muted" data-testid="unsupported-page">
        Byline works on arXiv and ACL Anthology pages, and this tab is not one of them. If it is, reload the page.
      </p>
    );
  else if (!answer.researchers.length) body = <p class="muted">No author names found on this page.</p>;
  else {
    const shown = all ? answer.researchers : answer.researchers.slice(0, FIRST_NAMES);
    // One paper's byline: the paper is named once, and each row says where its name stands.
    const paper = paperOfPage(answer.researchers);
    body = (
      <>
        {paper ? (
          <p class="page-paper" data-testid="page-paper">
            <cite>{paper.title}</cite> <span class="muted">{paperIdLabel(paper)}</span>
          </p>
        ) : null}
        <ul class="people">
          {shown.map((r) => (
            <li key={`${r.query.normalized}|${r.query.paper?.id ?? ''}`}>
              <button type="button" class="person" onClick={() => onOpen({ kind: 'page', query: r.query })}>
                <span class="person-name">
                  <NameText text={r.query.printed} />
                </span>
                <span class="person-line">{rowLine(r, Boolean(paper))}</span>
              </button>
            </li>
          ))}
        </ul>
        {shown.length < answer.researchers.length ? (
          <button type="button" class="link" onClick={() => setAll(true)}>
            Show all {answer.researchers.length}
          </button>
        ) : null}
      </>
    );
  }
  return (
    <section class="block" aria-labelledby="on-this-page">
      <h2 id="on-this-page">On this page</h2>
      {body}
    </section>
  );
}
