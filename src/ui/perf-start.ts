/** Imported first by the extension pages: marks when their script started, for the first-paint measurement. */
performance.mark('caravan-script-start');
