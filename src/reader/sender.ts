/**
 * Who may change the reader's sources: the extension's own pages only (options, popup, side
 * panel). A content script's messages carry the page's address as sender.url, so they fail here
 * even though `listen` trusts content scripts for their own messages. Pure.
 */
export function isExtensionPage(senderUrl: string | undefined, extensionOrigin: string): boolean {
  return senderUrl !== undefined && extensionOrigin.length > 0 && senderUrl.startsWith(extensionOrigin);
}
