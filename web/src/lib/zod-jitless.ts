import { z } from 'zod';

/**
 * zod builds faster parsers with `new Function` once a probe finds eval allowed. Under the app's content
 * security policy (no unsafe-eval) the probe fails, as it should, but Chromium still reports it as a policy
 * violation; parsing without compiled code skips the probe. Imported first by main.tsx.
 */
z.config({ jitless: true });
