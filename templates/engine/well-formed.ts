import { SaxesParser } from 'saxes';

const XML_PART = /\.(xml|rels)$/;

/**
 * The last line of defence: every XML part of the package must be well-formed, characters XML 1.0 forbids
 * included, or Word refuses the whole file. The input is checked long before this, so a failure here is our bug;
 * it stops the bytes from ever reaching a file. One streaming pass per part, no tree.
 */
export function assertWellFormed(parts: ReadonlyMap<string, string | Uint8Array>): void {
  for (const [path, data] of parts) {
    if (XML_PART.test(path)) checkPart(path, data);
  }
}

function checkPart(path: string, data: string | Uint8Array): void {
  const unreadable = (where: string, reason: string): Error =>
    new Error(`het document zou onleesbaar worden: ${path}${where}: ${reason}; er is niets geschreven`);
  let xml: string;
  try {
    xml = typeof data === 'string' ? data : new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw unreadable('', 'geen geldige UTF-8');
  }
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (error) => {
    throw unreadable(
      ` regel ${parser.line}, kolom ${parser.column + 1}`,
      error.message.replace(/^\d+:\d+: /, ''),
    );
  });
  parser.write(xml).close();
}
