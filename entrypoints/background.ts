import { defineBackground } from '#imports';
import { createLookupEnv } from '../background/create-lookup-env';
import { registerMessageHandlers } from '../background/message-handlers';

// Composition root: everything the background does is registered here and nowhere else.
export default defineBackground(() => {
  registerMessageHandlers(createLookupEnv());
});
