import { createContext, useContext } from 'react';
import type { Client } from '../../api/client/client.js';

const ClientContext = createContext<Client | undefined>(undefined);

export const ClientProvider = ClientContext.Provider;

/** The operations, whatever the transport; a screen (or a test's fake transport) never knows which. */
export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside ClientProvider');
  return client;
}
