import { SITE_IDS, SITES, type SiteId } from '../../domain/sites';
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
        {SITE_IDS.map((id) => (
          <label key={id} class="check">
            <input
              type="checkbox"
              checked={settings.sites[id]}
              onChange={(e) => props.onSite(id, (e.target as HTMLInputElement).checked)}
            />
            {SITES[id].label}
          </label>
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
