// A deterministic corpus of Next.js-style Flux apps (App Router pages, route handlers, client components,
// lib modules, scripts, config files, `.env` files), for the ESLint benchmark and the concurrency test.
// The same options always give byte-identical files. A few files carry the mistakes the plugin finds, at
// about the rate a real codebase would; the rest are ordinary code that reads the environment correctly.
import fs from 'node:fs';
import path from 'node:path';

/** Files per generated app (the last app may be smaller). */
const FILES_PER_APP = 100;

/** A small seeded PRNG (mulberry32): returns a function giving floats in [0, 1). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['notes', 'projects', 'billing', 'settings', 'team', 'invoices', 'reports', 'search', 'profile', 'orders', 'catalog', 'inbox', 'files', 'audit', 'usage'];
/** `orders-2` → `Orders2`: a word as part of a TypeScript identifier. */
const pascal = (s) => s.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase());

/** Server-side reads a Flux app does correctly, in the access forms people write. */
const SERVER_READS = [
  (v) => `process.env.${v}`,
  (v) => `process.env['${v}']`,
  (v) => `process.env.${v} ?? ''`,
];
const SERVER_VARS = ['FLUX_URL', 'FLUX_GATEWAY_JWT_SECRET', 'AUTH_SECRET', 'AUTH_URL', 'FLUX_BEARER_TOKEN', 'DATABASE_URL', 'NODE_ENV', 'VERCEL_URL', 'STRIPE_SECRET_KEY', 'LOG_LEVEL'];
const CLIENT_VARS = ['NEXT_PUBLIC_FLUX_URL', 'NEXT_PUBLIC_APP_NAME', 'NEXT_PUBLIC_SENTRY_DSN', 'NODE_ENV'];
const SCRIPT_VARS = ['FLUX_API_BASE', 'FLUX_API_TOKEN', 'FLUX_DEFAULT_MODE', 'FLUX_DEBUG', 'FLUX_URL', 'CI'];

/** Mistakes, one line each, that some files carry (about 7 % of code files). */
const MISTAKES = {
  server: [
    'export const legacyUrl = process.env.FLUX_SERVICE_URL;',
    "export const sessionKey = process.env.AUTH_SECRET ?? 'placeholder-dev-secret';",
    'export const typo = process.env.FLUX_GATWAY_JWT_SECRET;',
    "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
  ],
  client: [
    'const leaked = process.env.NEXT_PUBLIC_FLUX_GATEWAY_JWT_SECRET;',
    'const serverOnly = process.env.FLUX_BEARER_TOKEN;',
  ],
};

function pageFile(rnd, word, pick) {
  const v = pick(SERVER_VARS.slice(0, 4));
  const read = pick(SERVER_READS)(v);
  return `import { notFound } from 'next/navigation';
import { fluxFetch } from '@/lib/flux';

interface ${pascal(word)}PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const dynamic = 'force-dynamic';

export default async function ${pascal(word)}Page({ params, searchParams }: ${pascal(word)}PageProps) {
  const { id } = await params;
  const query = await searchParams;
  const base = ${read};
  if (!base) throw new Error('${v} is not set');
  const rows = await fluxFetch<{ id: string; title: string; updated_at: string }[]>(\`/${word}?select=*&owner=eq.\${id}\`);
  if (rows.length === 0) notFound();
  const page = Number(query.page ?? 1);
  const pageSize = ${10 + Math.floor(rnd() * 40)};
  const visible = rows.slice((page - 1) * pageSize, page * pageSize);
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-semibold">${pascal(word)}</h1>
      <ul className="divide-y">
        {visible.map((row) => (
          <li key={row.id} className="py-2">
            <a href={\`/${word}/\${row.id}\`}>{row.title}</a>
            <time dateTime={row.updated_at} className="ml-2 text-sm text-gray-500">
              {new Date(row.updated_at).toLocaleDateString()}
            </time>
          </li>
        ))}
      </ul>
      <nav className="mt-4 flex gap-2">
        {page > 1 && <a href={\`?page=\${page - 1}\`}>Previous</a>}
        {visible.length === pageSize && <a href={\`?page=\${page + 1}\`}>Next</a>}
      </nav>
    </main>
  );
}
`;
}

function routeFile(rnd, word, pick) {
  const form = rnd();
  const secretRead =
    form < 0.5
      ? 'const secret = process.env.FLUX_GATEWAY_JWT_SECRET;'
      : form < 0.8
        ? 'const { FLUX_GATEWAY_JWT_SECRET: secret, FLUX_URL: fluxUrl = "" } = process.env;'
        : "const secret = env.FLUX_GATEWAY_JWT_SECRET;";
  const importEnv = form >= 0.8 ? "import { env } from 'node:process';\n" : '';
  const urlRead = form >= 0.5 && form < 0.8 ? '' : `const fluxUrl = ${pick(SERVER_READS)('FLUX_URL')};`;
  return `${importEnv}import { SignJWT } from 'jose';
import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/auth';

${secretRead}
${urlRead}

async function mint(sub: string, role: string): Promise<string> {
  if (!secret) throw new Error('FLUX_GATEWAY_JWT_SECRET is not set');
  return new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('${5 + Math.floor(rnd() * 55)}m')
    .sign(new TextEncoder().encode(secret));
}

export async function GET(request: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const token = await mint(session.user.id, 'authenticated');
  const limit = Number(request.nextUrl.searchParams.get('limit') ?? ${20 + Math.floor(rnd() * 80)});
  const response = await fetch(\`\${fluxUrl}/${word}?select=*&limit=\${limit}\`, {
    headers: { Authorization: \`Bearer \${token}\` },
    cache: 'no-store',
  });
  if (!response.ok) return NextResponse.json({ error: await response.text() }, { status: response.status });
  return NextResponse.json(await response.json());
}

export async function POST(request: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const body = (await request.json()) as Record<string, unknown>;
  const token = await mint(session.user.id, 'authenticated');
  const response = await fetch(\`\${fluxUrl}/${word}\`, {
    method: 'POST',
    headers: { Authorization: \`Bearer \${token}\`, 'Content-Type': 'application/json', Prefer: 'return=representation' },
    body: JSON.stringify({ ...body, owner: session.user.id }),
  });
  return NextResponse.json(await response.json(), { status: response.status });
}
`;
}

function componentFile(rnd, word, pick, mistake) {
  const v = pick(CLIENT_VARS);
  return `'use client';

import { useEffect, useMemo, useState } from 'react';
${mistake ? `\n${mistake}\n` : ''}
interface ${pascal(word)}Item {
  id: string;
  title: string;
  done: boolean;
}

export function ${pascal(word)}List({ initial }: { initial: ${pascal(word)}Item[] }) {
  const [items, setItems] = useState(initial);
  const [filter, setFilter] = useState<'all' | 'open' | 'done'>('all');
  const endpoint = process.env.${v};

  useEffect(() => {
    const controller = new AbortController();
    fetch(\`\${endpoint ?? ''}/${word}?select=id,title,done\`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : []))
      .then(setItems)
      .catch(() => undefined);
    return () => controller.abort();
  }, [endpoint]);

  const shown = useMemo(
    () => items.filter((item) => (filter === 'all' ? true : filter === 'done' ? item.done : !item.done)),
    [items, filter],
  );

  return (
    <section>
      <div role="tablist">
        {(['all', 'open', 'done'] as const).map((f) => (
          <button key={f} role="tab" aria-selected={filter === f} onClick={() => setFilter(f)}>
            {f}
          </button>
        ))}
      </div>
      <ul>
        {shown.map((item) => (
          <li key={item.id} className={item.done ? 'line-through' : undefined}>
            {item.title}
          </li>
        ))}
      </ul>
      <p className="text-xs">{shown.length} of {items.length} (${Math.floor(rnd() * 1000)})</p>
    </section>
  );
}
`;
}

function libFile(rnd, word, pick, mistake) {
  const vars = [...new Set([pick(SERVER_VARS), pick(SERVER_VARS), 'FLUX_URL'])];
  return `import 'server-only';
${mistake ? `\n${mistake}\n` : ''}
const { ${vars.join(', ')} } = process.env;

export interface ${pascal(word)}Options {
  retries?: number;
  timeoutMs?: number;
}

export async function fluxFetch<T>(path: string, init: RequestInit = {}, options: ${pascal(word)}Options = {}): Promise<T> {
  const retries = options.retries ?? ${1 + Math.floor(rnd() * 3)};
  let lastError: unknown;
  for (let attempt = 0; attempt <= retries; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? ${1000 + Math.floor(rnd() * 9000)});
    try {
      const response = await fetch(\`\${FLUX_URL}\${path}\`, { ...init, signal: controller.signal });
      if (!response.ok) throw new Error(\`\${response.status} \${response.statusText}\`);
      return (await response.json()) as T;
    } catch (error) {
      lastError = error;
    } finally {
      clearTimeout(timer);
    }
  }
  throw lastError;
}

export function describe${pascal(word)}(): Record<string, boolean> {
  return { ${vars.map((v) => `${v}: Boolean(${v})`).join(', ')} };
}
`;
}

function scriptFile(rnd, word, pick) {
  const v = pick(SCRIPT_VARS);
  return `#!/usr/bin/env node
// Smoke test for the ${word} endpoints, run in CI.
const apiBase = process.env.FLUX_API_BASE ?? 'https://flux.vsl-base.com/api';
const token = process.env.FLUX_API_TOKEN;
const extra = process.env.${v};

if (!token) {
  console.error('FLUX_API_TOKEN is not set');
  process.exit(1);
}

const response = await fetch(\`\${apiBase}/projects\`, { headers: { Authorization: \`Bearer \${token}\` } });
const projects = await response.json();
for (const project of projects.slice(0, ${1 + Math.floor(rnd() * 9)})) {
  console.log(project.slug, project.mode, extra ? 'with ${v}' : '');
}
`;
}

function appFiles(rnd, appIndex) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const app = `apps/app-${String(appIndex).padStart(2, '0')}`;
  const files = [];
  const add = (file, text) => files.push([`${app}/${file}`, text]);
  const hash = Math.floor(rnd() * 0xfffffff).toString(16).padStart(7, '0');
  add('package.json', `${JSON.stringify({ name: `app-${appIndex}`, private: true, scripts: { dev: 'next dev', build: 'next build', lint: 'eslint .' }, dependencies: { next: '15.5.0', react: '19.1.0', 'react-dom': '19.1.0', jose: '6.0.0', 'next-auth': '5.0.0-beta.29' } }, null, 2)}\n`);
  add('flux.json', `${JSON.stringify({ slug: `app-${appIndex}`, hash }, null, 2)}\n`);
  add('.env', `FLUX_URL=https://api--app-${appIndex}--${hash}.vsl-base.com\nNEXT_PUBLIC_FLUX_URL=https://api--app-${appIndex}--${hash}.vsl-base.com\nFLUX_DEFAULT_MODE=v2_shared\n`);
  add('.env.example', 'FLUX_URL=\nNEXT_PUBLIC_FLUX_URL=\nFLUX_GATEWAY_JWT_SECRET=\nAUTH_SECRET=\nAUTH_URL=http://localhost:3000\n');
  add('next.config.mjs', `/** @type {import('next').NextConfig} */\nconst nextConfig = {\n  env: { NEXT_PUBLIC_FLUX_URL: process.env.FLUX_URL },\n  experimental: { typedRoutes: true },\n};\n\nexport default nextConfig;\n`);
  add('auth.ts', `import NextAuth from 'next-auth';\nimport GitHub from 'next-auth/providers/github';\n\nexport const { handlers, auth, signIn, signOut } = NextAuth({\n  secret: process.env.AUTH_SECRET,\n  providers: [GitHub({ clientId: process.env.AUTH_GITHUB_ID, clientSecret: process.env.AUTH_GITHUB_SECRET })],\n});\n`);
  let i = 0;
  while (files.length < FILES_PER_APP) {
    const word = `${WORDS[i % WORDS.length]}${i >= WORDS.length ? `-${Math.floor(i / WORDS.length)}` : ''}`;
    const slot = files.length % 5;
    // Every sixth component and lib module carries a mistake, the kinds taking turns.
    const mistake = (list) => (i % 6 === 2 ? list[Math.floor(i / 6) % list.length] : '');
    if (slot === 0) add(`app/${word}/[id]/page.tsx`, pageFile(rnd, word, pick));
    else if (slot === 1) add(`app/api/${word}/route.ts`, routeFile(rnd, word, pick));
    else if (slot === 2) add(`components/${pascal(word)}List.tsx`, componentFile(rnd, word, pick, mistake(MISTAKES.client)));
    else if (slot === 3) add(`lib/${word}.ts`, libFile(rnd, word, pick, mistake(MISTAKES.server)));
    else add(`scripts/${word}.mjs`, scriptFile(rnd, word, pick));
    i++;
  }
  return files;
}

/**
 * Writes the corpus into `dir` (emptied first).
 * @param {string} dir target directory
 * @param {{ files?: number, seed?: number }} options number of files (default 3000) and PRNG seed (default 1)
 * @returns {{ files: number, codeFiles: number, envFiles: number, jsonFiles: number, apps: number }} what was
 *   written: all files, code files (`.js`…`.tsx`), `.env*` files, `package.json`/`flux.json` files, apps
 */
export function generateCorpus(dir, { files = 3000, seed = 1 } = {}) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const rnd = random(seed);
  const apps = Math.max(1, Math.ceil(files / FILES_PER_APP));
  const all = [];
  for (let a = 0; a < apps; a++) all.push(...appFiles(rnd, a));
  all.length = Math.min(all.length, files);
  const root = [
    ['package.json', `${JSON.stringify({ name: 'flux-apps', private: true, workspaces: ['apps/*'] }, null, 2)}\n`],
    ['turbo.json', `${JSON.stringify({ $schema: 'https://turbo.build/schema.json', globalEnv: ['NODE_ENV', 'CI'], tasks: { build: { env: ['FLUX_URL', 'NEXT_PUBLIC_FLUX_URL', 'FLUX_GATEWAY_JWT_SECRET', 'AUTH_SECRET', 'AUTH_URL', 'AUTH_GITHUB_ID', 'AUTH_GITHUB_SECRET'] } } }, null, 2)}\n`],
  ];
  for (const [file, text] of [...root, ...all]) {
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
  const count = (re) => [...root, ...all].filter(([file]) => re.test(path.basename(file))).length;
  return {
    files: root.length + all.length,
    codeFiles: count(/\.(?:[cm]?[jt]sx?)$/),
    envFiles: count(/^\.env(?:\..+)?$/),
    jsonFiles: count(/^(?:package|flux)\.json$/),
    apps,
  };
}
