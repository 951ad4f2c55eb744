//! Format v1 (the labeled JSON) and the other export formats.
