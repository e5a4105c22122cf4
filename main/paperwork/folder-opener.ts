// Showing an exported package in the system's file manager. Only the desktop shell can: it installs
// Electron's shell.showItemInFolder at start. Browser mode has none, and the desk shows the path.
let opener: ((file: string) => void) | null = null;

export function setFolderOpener(open: (file: string) => void): void {
  opener = open;
}

export function folderOpener(): ((file: string) => void) | null {
  return opener;
}
