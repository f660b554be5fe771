@_exported import ReaderApp
