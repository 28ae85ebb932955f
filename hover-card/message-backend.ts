import { browser } from '#imports';
import { onMessage, sendMessage } from '../messaging/protocol';
import type { LookupResult } from '../profiles/profile';
import type { CardBackend } from './author-hover';

/** The card's backend over the extension's message protocol. */
export function createMessageBackend(): CardBackend {
  // The background answers only the frame that asked, so a count is id enough.
  let count = 0;
  const stages = createStageRouter(() => `stages-${++count}`);
  let listening = false;
  return {
    lookup: async (query, onStage) => {
      if (!onStage) return sendMessage('lookupResearcher', { query });
      if (!listening) {
        listening = true;
        onMessage('lookupStage', ({ data, sender }) => {
          // Only Byline's background sends these; other senders are never routed.
          if (sender.id === browser.runtime.id) stages.deliver(data.stagesId, data.stage);
        });
      }
      const stagesId = stages.open(onStage);
      try {
        return await sendMessage('lookupResearcher', { query, stagesId });
      } finally {
        // The answer is the last stage: anything after it for this lookup is dropped.
        stages.close(stagesId);
      }
    },
    rejectMatch: async (query, profileKey) => void (await sendMessage('rejectMatch', { query, profileKey })),
    setHomepage: async (query, profileKey, url) => void (await sendMessage('setHomepage', { query, profileKey, url })),
    setFollow: async (profile, following) => (await sendMessage('setFollow', { profile, following })).following,
    grantOrigin: async (origin) => void (await sendMessage('requestOrigin', { origin })),
    openOptions: async () => void (await sendMessage('openOptions', undefined)),
  };
}

/** Early stages of the lookups under way, by the id each lookup sent with its question. */
export interface StageRouter {
  open(onStage: (stage: LookupResult) => void): string;
  deliver(stagesId: string, stage: LookupResult): void;
  close(stagesId: string): void;
}

/** Routes each stage to the lookup that asked for it; ids nobody opened, or closed ones, go nowhere. */
export function createStageRouter(newId: () => string): StageRouter {
  const open = new Map<string, (stage: LookupResult) => void>();
  return {
    open(onStage) {
      const id = newId();
      open.set(id, onStage);
      return id;
    },
    deliver: (id, stage) => open.get(id)?.(stage),
    close: (id) => void open.delete(id),
  };
}
