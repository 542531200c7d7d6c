/**
 * The page the server shows until the app's screens are built (dist/renderer/). Kept in the code, not in a file
 * beside it, so that it is there in every layout the program runs in. No inline style or script: the CSP forbids
 * both.
 */
export const PLACEHOLDER_PAGE = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Raadsnota</title>
  </head>
  <body>
    <main>
      <h1>Raadsnota</h1>
      <p>De server van Raadsnota draait op deze computer. De schermen van de app komen in een volgende versie.</p>
      <p>
        Tot die tijd kunt u de opdrachten gebruiken via de API: <code>POST /api/&lt;opdracht&gt;</code> met
        JSON en het token uit de adresregel. De beschrijving staat in <a href="/api/openapi.json">/api/openapi.json</a>.
      </p>
    </main>
  </body>
</html>
`;
