/// The recogniser's word lists, generated as Swift string literals by
/// `scripts/gazetteers/make_word_lists.py` (sources and licences in `scripts/gazetteers/SOURCES.md`).
///
/// Each list is one name per line. Compiled in rather than loaded from a bundle, so the recogniser
/// works wherever the binary is copied.
enum EntityWordLists {}
