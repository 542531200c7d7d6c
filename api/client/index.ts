export { createClient, type Client, type Transport } from './client.js';
export { httpTransport, type HttpTransportOptions } from './http.js';
