// Shared by code-shim.js and dom-check.js: start code-server 4.100.3 (the
// VS Code 1.100.3 server + web workbench) on a loopback port and open its
// workbench in Debian Chromium through playwright-core.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

// Flags that keep Chromium off the (closed) network and quiet; as root it
// also needs --no-sandbox.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Settings that keep the workbench from showing welcome pages or going online. */
function writeDefaultSettings(userDataDir) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'settings.json');
  if (fs.existsSync(file)) return;
  fs.writeFileSync(file, JSON.stringify({
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    // the fixture lies inside the project's git repository: no "open the parent repository?" toast
    'git.openRepositoryInParentFolders': 'never',
  }, null, 2));
}

/** Environment that keeps code-server's config, logs and device id out of $HOME. */
function isolatedEnv(userDataDir) {
  const xdg = path.join(userDataDir, 'xdg');
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(xdg, 'config'),
    XDG_DATA_HOME: path.join(xdg, 'data'),
    XDG_CACHE_HOME: path.join(xdg, 'cache'),
  };
}

/**
 * Starts code-server in its own process group. `ready` resolves once it
 * listens. The Node extension host (and the language server it starts) are
 * children of this server and inherit `env`.
 */
function startCodeServer({ port, userDataDir, extensionsDir, env }) {
  const entry = require.resolve('code-server/out/node/entry.js');
  const child = spawn(process.execPath, [entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', path.join(userDataDir, 'code-server.yaml'),
  ], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env });

  let log = '';
  const ready = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      log += chunk;
      if (/HTTP server listening/.test(log)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`code-server exited early (${code}):\n${log}`)));
  });
  ready.catch(() => {}); // awaited by the caller; avoid an unhandled rejection before that
  return { child, ready, log: () => log };
}

/**
 * Stops code-server with everything it started (extension host, language
 * server, watchers): SIGTERM to its process group, then, once it has exited
 * (or after `graceMs`), SIGKILL to whatever is left of the group.
 */
async function stopProcessGroup(child, graceMs = 5000) {
  const signalGroup = (signal) => {
    try { process.kill(-child.pid, signal); return true; } catch { return false; /* group gone */ }
  };
  if (!signalGroup('SIGTERM')) return;
  if (child.exitCode === null && child.signalCode === null) {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      child.once('exit', () => { clearTimeout(timer); resolve(); });
    });
  }
  signalGroup('SIGKILL');
}

/** A headless Chromium with a throwaway profile; close() also removes the profile. */
async function launchBrowser({ env, viewport } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      env,
      args: CHROMIUM_ARGS,
      viewport: viewport || { width: 1280, height: 800 },
    });
  } catch (err) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const page = context.pages()[0] || await context.newPage();
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/**
 * The workbench URL for a folder (or a .code-workspace file), with a `payload`
 * that loads development extensions and, optionally, extension tests.
 */
function workbenchUrl(port, { target, devPaths = [], testsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  const payload = devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  const abs = path.resolve(target);
  const open = abs.endsWith('.code-workspace')
    ? `workspace=${encodeURIComponent(abs)}`
    : `folder=${encodeURIComponent(abs)}`;
  return `http://127.0.0.1:${port}/?${open}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Starts code-server with an isolated profile (settings, XDG dirs) on a free loopback port, and
 * stops its whole process group on Ctrl+C or SIGTERM. Shared by the shim and the DOM check.
 */
async function startIsolatedCodeServer({ userDataDir, extensionsDir }) {
  writeDefaultSettings(userDataDir);
  const env = isolatedEnv(userDataDir);
  const port = await freePort();
  const server = startCodeServer({ port, userDataDir, extensionsDir, env });
  const onSignal = () => { stopProcessGroup(server.child, 2000).finally(() => process.exit(130)); };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return { server, env, port };
}

module.exports = {
  startIsolatedCodeServer,
  freePort, writeDefaultSettings, isolatedEnv, startCodeServer, stopProcessGroup, launchBrowser, workbenchUrl,
};
