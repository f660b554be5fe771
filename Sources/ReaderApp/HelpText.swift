/// The key list `?` shows.
enum HelpText {
    static let lines: [String] = [
        "Article list",
        "  j k ↑ ↓        move",
        "  g G Home End   first, last",
        "  Enter l click  open the article",
        "  q              quit",
        "",
        "Article",
        "  j k ↑ ↓        scroll a line (mouse wheel: three)",
        "  Space PgDn     page down",
        "  b PgUp         page up",
        "  g G Home End   top, bottom",
        "  ] [            next, previous article",
        "  /              search; Enter runs it, Esc cancels",
        "  n N            next, previous match",
        "  q Esc          back to the list",
        "",
        "Everywhere",
        "  ?              this help (any key closes it)",
        "  Ctrl-Z         suspend; Ctrl-C quit",
    ]
}
