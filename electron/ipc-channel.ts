/** The one IPC channel between the preload and the main process: an operation's name and input, its ApiResult back. */
export const INVOKE_CHANNEL = 'raadsnota:invoke';

/**
 * "Map openen" after an export: the page names a package it offered for saving (its file name), the main process
 * shows the file it saved under that name in its folder. The page never names a path.
 */
export const SHOW_SAVED_CHANNEL = 'raadsnota:show-saved';
