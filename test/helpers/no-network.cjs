// Preloaded into a raadsnota process by test/no-network.test.ts (node --require): every way Node has to reach
// another machine throws, so that a command that tried would fail its test instead of going unnoticed.
'use strict';
const refuse = (what) =>
  function () {
    throw new Error(`no-network: ${what} was called`);
  };
const net = require('node:net');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const dgram = require('node:dgram');
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = refuse('net.connect');
net.createConnection = refuse('net.createConnection');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  dns[name] = refuse(`dns.${name}`);
  dns.promises[name] = refuse(`dns.promises.${name}`);
}
for (const [label, module] of [
  ['http', http],
  ['https', https],
]) {
  module.request = refuse(`${label}.request`);
  module.get = refuse(`${label}.get`);
}
dgram.createSocket = refuse('dgram.createSocket');
globalThis.fetch = refuse('fetch');
