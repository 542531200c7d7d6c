import type { MenuItemConstructorOptions } from 'electron';

/**
 * The Dutch application menu. Electron names its standard items in English, so every item here carries its own
 * label; the roles keep the behaviour and the shortcuts each platform expects. The developer tools are there only
 * when the app runs from the sources.
 */
export function menuTemplate(options: { packaged: boolean; mac: boolean }): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const developer: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [separator, { label: 'Ontwikkelhulpmiddelen', role: 'toggleDevTools' }];
  return [
    {
      label: 'Bestand',
      submenu: [
        { label: 'Venster sluiten', role: 'close' },
        separator,
        { label: options.mac ? 'Raadsnota stoppen' : 'Afsluiten', role: 'quit' },
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        { label: 'Ongedaan maken', role: 'undo' },
        { label: 'Opnieuw', role: 'redo' },
        separator,
        { label: 'Knippen', role: 'cut' },
        { label: 'Kopiëren', role: 'copy' },
        { label: 'Plakken', role: 'paste' },
        { label: 'Alles selecteren', role: 'selectAll' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { label: 'Groter', role: 'zoomIn' },
        { label: 'Kleiner', role: 'zoomOut' },
        { label: 'Ware grootte', role: 'resetZoom' },
        separator,
        { label: 'Volledig scherm', role: 'togglefullscreen' },
        ...developer,
      ],
    },
    {
      label: 'Venster',
      submenu: [
        { label: 'Minimaliseren', role: 'minimize' },
        { label: 'Zoomen', role: 'zoom' },
      ],
    },
    { label: 'Help', role: 'help', submenu: [{ label: 'Over Raadsnota', role: 'about' }] },
  ];
}
