/** The one IPC channel between the preload and the main process: an operation's name and input, its ApiResult back. */
export const INVOKE_CHANNEL = 'raadsnota:invoke';
