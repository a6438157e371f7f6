//! Helpers shared by the integration tests that compare with Go's output.

/// Goroutine ids other than 1 renamed #1, #2, ... in order of first appearance (see the
/// module comment), in "goroutine N [" headers and "created by F in goroutine N" lines.
pub fn canonical_goids(text: &[u8]) -> String {
    let text = String::from_utf8_lossy(text);
    let mut ids: Vec<String> = Vec::new();
    let mut rename = |id: &str| -> String {
        if id == "1" {
            return id.to_string();
        }
        let k = match ids.iter().position(|x| x == id) {
            Some(k) => k,
            None => {
                ids.push(id.to_string());
                ids.len() - 1
            }
        };
        format!("#{}", k + 1)
    };
    let is_id = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        let (body, nl) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        if let Some((id, rest)) = body
            .strip_prefix("goroutine ")
            .and_then(|r| r.split_once(' '))
            .filter(|(id, rest)| is_id(id) && rest.starts_with('['))
        {
            out.push_str(&format!("goroutine {} {rest}{nl}", rename(id)));
        } else if let Some((head, id)) = body
            .rsplit_once(" in goroutine ")
            .filter(|(head, id)| head.starts_with("created by ") && is_id(id))
        {
            out.push_str(&format!("{head} in goroutine {}{nl}", rename(id)));
        } else {
            out.push_str(line);
        }
    }
    out
}
