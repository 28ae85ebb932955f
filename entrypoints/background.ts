import { defineBackground } from '#imports';
import { answerCardRequests } from '../background/card-scripts-browser';
import { createLookupEnv } from '../background/create-lookup-env';
import { registerMessageHandlers } from '../background/message-handlers';
import { keepSiteScriptsInSync } from '../background/site-scripts-browser';

// Composition root: everything the background does is registered here and nowhere else.
export default defineBackground(() => {
  registerMessageHandlers(createLookupEnv());
  keepSiteScriptsInSync();
  answerCardRequests();
});
