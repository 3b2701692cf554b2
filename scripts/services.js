// Shared by `npm test` and `npm run dev`: are PostgreSQL and Redis reachable? If not, start them with Docker
// Compose when a Docker engine is there; otherwise say in one line what to start.
const net = require('node:net');
const { execSync } = require('node:child_process');

function reachable(urlText, fallbackPort) {
  const url = new URL(urlText);
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || fallbackPort), timeout: 1500 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

function dockerEngineAvailable() {
  try {
    execSync('docker info', { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

async function ensureServices({ databaseUrl, redisUrl }) {
  const missing = [];
  if (!(await reachable(databaseUrl, 5432))) missing.push(`PostgreSQL at ${new URL(databaseUrl).host}`);
  if (!(await reachable(redisUrl, 6379))) missing.push(`Redis at ${new URL(redisUrl).host}`);
  if (missing.length === 0) return;
  if (dockerEngineAvailable()) {
    console.log(`starting ${missing.join(' and ')} with docker compose…`);
    execSync('docker compose up -d --wait postgres redis mailpit', { stdio: 'inherit' });
    return;
  }
  console.error(`Not reachable: ${missing.join(', ')}. Start them (or Docker) and run again.`);
  process.exit(1);
}

module.exports = { ensureServices };
