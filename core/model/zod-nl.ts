import { z } from 'zod';
import { nl } from 'zod/locales';
import { quote } from '../errors.js';

const dutch = nl();

// The users read Dutch: every message zod writes for them (field missing, wrong type, bad date) is Dutch too.
// JSON.parse turns a number too large for a double (1e400) into Infinity, which zod's Dutch calls "verwacht getal,
// ontving getal"; for every number field at once, say what is wrong instead. An unknown field is named the way every
// message names a user's value: quoted and cut short, so that a pasted text used as a key does not fill the screen.
z.config({
  localeError: (issue) => {
    if (issue.code === 'invalid_type' && issue.expected === 'number' && typeof issue.input === 'number') {
      if (issue.input === Infinity) return 'het getal is te groot';
      if (issue.input === -Infinity) return 'het getal is te klein (te ver onder nul)';
    }
    if (issue.code === 'unrecognized_keys') {
      const names = issue.keys.slice(0, 5).map(quote).join(', ');
      const more = issue.keys.length > 5 ? ` en nog ${String(issue.keys.length - 5)}` : '';
      return issue.keys.length === 1 ? `onbekend veld ${names}` : `onbekende velden ${names}${more}`;
    }
    return dutch.localeError(issue);
  },
});

export { z };
