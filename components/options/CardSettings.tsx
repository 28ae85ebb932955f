import { contentScriptMatches, isOptInSite, SITE_IDS, SITES, type SiteId } from '../../domain/sites';

/** "huggingface.co" from "https://huggingface.co/*". */
const hostsOf = (site: SiteId) =>
  contentScriptMatches(site).map((m) => m.replace(/^https:\/\//, '').replace(/\/\*$/, ''));
import type { Settings } from '../../storage/user-data';
import { HOVER_DELAY_MS_RANGE } from '../../storage/user-data';

/** Cards on/off, where they appear, and how long to dwell before one shows. */
export function CardSettings(props: {
  settings: Settings;
  onCards(on: boolean): void;
  onSite(site: SiteId, on: boolean): void;
  onDelay(ms: number): void;
}) {
  const { settings } = props;
  return (
    <section aria-labelledby="cards-heading">
      <h2 id="cards-heading">Hover cards</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.cardsEnabled}
          onChange={(e) => props.onCards((e.target as HTMLInputElement).checked)}
        />
        Show a card when I hover or focus an author name
      </label>
      <fieldset disabled={!settings.cardsEnabled}>
        <legend>On these sites</legend>
        {SITE_IDS.filter((id) => !isOptInSite(id)).map((id) => (
          <SiteSwitch key={id} id={id} settings={settings} onSite={props.onSite} />
        ))}
      </fieldset>
      <fieldset disabled={!settings.cardsEnabled}>
        <legend>More sites (off until you turn them on)</legend>
        <p class="hint">Turning one on asks your browser to let Byline read that site's pages.</p>
        {SITE_IDS.filter(isOptInSite).map((id) => (
          <SiteSwitch key={id} id={id} settings={settings} onSite={props.onSite} hosts={hostsOf(id)} />
        ))}
      </fieldset>
      <label>
        Delay before a card shows (milliseconds)
        <input
          type="number"
          min={HOVER_DELAY_MS_RANGE.min}
          max={HOVER_DELAY_MS_RANGE.max}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(e) => {
            const ms = Number((e.target as HTMLInputElement).value);
            if (Number.isInteger(ms) && ms >= HOVER_DELAY_MS_RANGE.min && ms <= HOVER_DELAY_MS_RANGE.max)
              props.onDelay(ms);
          }}
        />
      </label>
    </section>
  );
}

function SiteSwitch(props: {
  id: SiteId;
  settings: Settings;
  onSite(site: SiteId, on: boolean): void;
  hosts?: string[];
}) {
  const { id } = props;
  return (
    <label class="check">
      <input
        type="checkbox"
        data-site={id}
        checked={props.settings.sites[id]}
        onChange={(e) => props.onSite(id, (e.target as HTMLInputElement).checked)}
      />
      {SITES[id].label}
      {props.hosts ? <span class="hint"> (reads {props.hosts.join(', ')})</span> : null}
    </label>
  );
}
