/**
 * `@flux-env/ts-plugin`: the tsserver plugin (CommonJS, `require`d by tsserver). See `plugin.ts`.
 */
import { init } from './plugin.js';

export = init;
