/**
 * A small client of TypeScript's tsserver: spawns the real `tsserver.js` and speaks its JSON protocol
 * (requests as JSON lines on stdin; responses and events as `Content-Length` framed JSON on stdout).
 * Used by the end-to-end tests, the benchmark (`pnpm bench:tsserver`) and the demo's editor session.
 *
 * Lines and offsets are 1-based, as in the protocol.
 */
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout, clearTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this file). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The workspace's own `tsserver.js` (the TypeScript of the root `package.json`). */
export function workspaceTsserver() {
  const require = createRequire(path.join(REPO_ROOT, 'package.json'));
  return path.join(path.dirname(require.resolve('typescript/package.json')), 'lib', 'tsserver.js');
}

/**
 * A running tsserver.
 */
export class TsServer {
  /** @type {import('node:child_process').ChildProcessWithoutNullStreams} */
  #child;
  #seq = 0;
  /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void, command: string }>} */
  #pending = new Map();
  /** @type {{ event: string, body: any }[]} */
  #events = [];
  /** @type {((e: { event: string, body: any }) => void)[]} */
  #eventWaiters = [];
  #buffer = Buffer.alloc(0);
  #stderr = '';
  #exited = false;

  /**
   * Starts tsserver.
   * @param {{ tsserverPath?: string, cwd?: string, pluginProbeLocations?: string[], logFile?: string,
   *   logVerbosity?: 'terse' | 'normal' | 'verbose', args?: string[] }} [options]
   *   `pluginProbeLocations`: directories whose `node_modules` tsserver searches for plugins (`--pluginProbeLocations`);
   *   `logFile`: where tsserver writes its log (plugins log there too)
   * @returns {TsServer}
   */
  static start(options = {}) {
    const args = [
      options.tsserverPath ?? workspaceTsserver(),
      '--disableAutomaticTypingAcquisition',
      '--locale',
      'en',
      '--suppressDiagnosticEvents',
    ];
    if (options.pluginProbeLocations?.length) args.push('--pluginProbeLocations', options.pluginProbeLocations.join(','));
    if (options.logFile) args.push('--logFile', options.logFile, '--logVerbosity', options.logVerbosity ?? 'normal');
    args.push(...(options.args ?? []));
    const child = spawn(process.execPath, args, { cwd: options.cwd ?? REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    return new TsServer(child);
  }

  /** @param {import('node:child_process').ChildProcessWithoutNullStreams} child */
  constructor(child) {
    this.#child = child;
    child.stdout.on('data', (chunk) => this.#onData(chunk));
    child.stderr.on('data', (chunk) => {
      this.#stderr += chunk.toString();
    });
    child.on('exit', (code) => {
      this.#exited = true;
      for (const { reject, command } of this.#pending.values()) {
        reject(new Error(`tsserver exited (code ${code}) before answering ${command}\n${this.#stderr}`));
      }
      this.#pending.clear();
    });
  }

  /** @param {Buffer} chunk */
  #onData(chunk) {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.#buffer.subarray(0, headerEnd).toString();
      const match = /Content-Length: (\d+)/iu.exec(header);
      if (!match) throw new Error(`tsserver: unexpected output ${JSON.stringify(header)}`);
      const length = Number(match[1]);
      const start = headerEnd + 4;
      if (this.#buffer.length < start + length) return;
      const message = JSON.parse(this.#buffer.subarray(start, start + length).toString());
      this.#buffer = this.#buffer.subarray(start + length);
      this.#onMessage(message);
    }
  }

  /** @param {any} message */
  #onMessage(message) {
    if (message.type === 'response') {
      const pending = this.#pending.get(message.request_seq);
      if (!pending) return;
      this.#pending.delete(message.request_seq);
      if (message.success) pending.resolve(message.body);
      else pending.reject(new Error(`tsserver ${pending.command} failed: ${message.message}`));
    } else if (message.type === 'event') {
      const event = { event: message.event, body: message.body };
      this.#events.push(event);
      for (const waiter of this.#eventWaiters.splice(0)) waiter(event);
    }
  }

  /**
   * Sends a request and waits for its response.
   * @param {string} command a protocol command (`quickinfo`, `completionInfo`, …)
   * @param {unknown} [args] its arguments
   * @returns {Promise<any>} the response's `body`; rejects when tsserver answers `success: false` or exits
   */
  request(command, args) {
    if (this.#exited) return Promise.reject(new Error(`tsserver has exited; cannot send ${command}`));
    const seq = ++this.#seq;
    return new Promise((resolve, reject) => {
      this.#pending.set(seq, { resolve, reject, command });
      this.#child.stdin.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`);
    });
  }

  /**
   * Sends a request that tsserver answers with no response (`open`, `close`, `change`, `configure`…).
   * @param {string} command
   * @param {unknown} [args]
   */
  notify(command, args) {
    const seq = ++this.#seq;
    this.#child.stdin.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`);
  }

  /**
   * Opens a file as an editor does (from disk, or with `content`), then waits until its project is loaded.
   * @param {string} file absolute path
   * @param {string} [content] the editor's text (default: the file on disk)
   */
  async open(file, content) {
    this.notify('open', { file, ...(content !== undefined ? { fileContent: content } : {}) });
    // `projectInfo` answers once the file's project (and its plugins) are loaded.
    return this.request('projectInfo', { file, needFileNameList: false });
  }

  /**
   * Replaces the whole text of an open file.
   * @param {string} file
   * @param {string} oldText the text tsserver has now (to compute the end position)
   * @param {string} newText
   */
  replace(file, oldText, newText) {
    const lines = oldText.split('\n');
    this.notify('change', {
      file,
      line: 1,
      offset: 1,
      endLine: lines.length,
      endOffset: lines[lines.length - 1].length + 1,
      insertString: newText,
    });
  }

  /** @param {string} file @param {number} line @param {number} offset */
  quickInfo(file, line, offset) {
    return this.request('quickinfo', { file, line, offset });
  }

  /** @param {string} file @param {number} line @param {number} offset @param {string} [triggerCharacter] */
  completions(file, line, offset, triggerCharacter) {
    return this.request('completionInfo', {
      file,
      line,
      offset,
      ...(triggerCharacter ? { triggerCharacter, triggerKind: 2 } : {}),
    });
  }

  /** @param {string} file @param {number} line @param {number} offset @param {string[]} entryNames */
  completionDetails(file, line, offset, entryNames) {
    return this.request('completionEntryDetails', { file, line, offset, entryNames });
  }

  /** @param {string} file */
  semanticDiagnostics(file) {
    return this.request('semanticDiagnosticsSync', { file });
  }

  /** @param {string} file */
  suggestionDiagnostics(file) {
    return this.request('suggestionDiagnosticsSync', { file });
  }

  /**
   * @param {string} file
   * @param {{ start: { line: number, offset: number }, end: { line: number, offset: number } }} span a diagnostic's span
   * @param {number[]} errorCodes
   */
  codeFixes(file, span, errorCodes) {
    return this.request('getCodeFixes', {
      file,
      startLine: span.start.line,
      startOffset: span.start.offset,
      endLine: span.end.line,
      endOffset: span.end.offset,
      errorCodes,
    });
  }

  /** @param {string} file */
  supportedCodeFixes(file) {
    return this.request('getSupportedCodeFixes', { file });
  }

  /**
   * Sends options to a plugin, as an editor does (`configurePlugin`).
   * @param {string} pluginName
   * @param {unknown} configuration
   */
  configurePlugin(pluginName, configuration) {
    return this.request('configurePlugin', { pluginName, configuration });
  }

  /** Every event received so far. */
  get events() {
    return [...this.#events];
  }

  /** What tsserver printed on stderr. */
  get stderr() {
    return this.#stderr;
  }

  /** Asks tsserver to exit and waits for it (kills it after 5 s). */
  async stop() {
    if (this.#exited) return;
    const exited = new Promise((resolve) => this.#child.once('exit', resolve));
    this.notify('exit');
    const timer = setTimeout(() => this.#child.kill(), 5000);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * The 1-based line and offset of the `index`-th occurrence (0-based) of `needle` in a file, plus `shift` characters.
 * @param {string} text the file's text
 * @param {string} needle text to find
 * @param {{ shift?: number, index?: number }} [options]
 * @returns {{ line: number, offset: number }}
 */
export function locate(text, needle, options = {}) {
  let at = -1;
  for (let i = 0; i <= (options.index ?? 0); i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`locate: ${JSON.stringify(needle)} occurs fewer than ${(options.index ?? 0) + 1} times`);
  }
  at += options.shift ?? 0;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, offset: before[before.length - 1].length + 1 };
}

/**
 * Reads a file as text.
 * @param {string} file
 */
export function read(file) {
  return readFileSync(file, 'utf8');
}
