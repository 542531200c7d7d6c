import { z } from 'zod';
import { nl } from 'zod/locales';

// The users read Dutch: every message zod writes for them (field missing, wrong type, bad date) is Dutch too.
z.config(nl());

export { z };
