import { z } from 'zod';
import { nl } from 'zod/locales';

const dutch = nl();

// The users read Dutch: every message zod writes for them (field missing, wrong type, bad date) is Dutch too.
// JSON.parse turns a number too large for a double (1e400) into Infinity, which zod's Dutch calls "verwacht getal,
// ontving getal"; for every number field at once, say what is wrong instead.
z.config({
  localeError: (issue) => {
    if (issue.code === 'invalid_type' && issue.expected === 'number' && typeof issue.input === 'number') {
      if (issue.input === Infinity) return 'het getal is te groot';
      if (issue.input === -Infinity) return 'het getal is te klein (te ver onder nul)';
    }
    return dutch.localeError(issue);
  },
});

export { z };
