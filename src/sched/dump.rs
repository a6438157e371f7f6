//! Goroutine dumps: the traceback of one goroutine and checkdead's report.

use super::Runtime;
use crate::rt::g::{GState, G};
use crate::sys::{lock, Arc};

/// Frames printed in a traceback before eliding, as Go does for deep stacks.
pub const TRACEBACK_FRAMES: usize = 100;

impl Runtime {
    /// The stack of a goroutine as Go prints it (without argument words and pc offsets).
    pub fn traceback(&self, g: &G, st: &GState) -> String {
        let prog = &self.prog;
        let file = &prog.file;
        let mut s = String::new();
        // Like Go, print the innermost and outermost frames of a deep stack and elide the
        // middle.
        let n = st.frame_count();
        let half = TRACEBACK_FRAMES / 2;
        for (i, fr) in st.frames().rev().enumerate() {
            if n > TRACEBACK_FRAMES && i >= half && i < n - half {
                if i == half {
                    s.push_str(&format!("...{} frames elided...\n", n - 2 * half));
                }
                continue;
            }
            let f = &prog.funcs[fr.func as usize];
            let line = fr
                .pc
                .checked_sub(1)
                .and_then(|pc| f.lines.get(pc as usize))
                .copied()
                .unwrap_or(f.line);
            let args = if f.nparams == 0 { "" } else { "..." };
            s.push_str(&format!("{}({})\n\t{}:{}\n", f.name, args, file, line));
        }
        if let Some((func, line)) = g.created_by() {
            let name = prog
                .funcs
                .get(func as usize)
                .map(|f| f.name.as_str())
                .unwrap_or("?");
            s.push_str(&format!(
                "created by {} in goroutine {}\n\t{}:{}\n",
                name, g.parent, file, line
            ));
        }
        s
    }

    /// checkdead: every M is idle, no timer is pending, and goroutines remain.
    pub fn checkdead(&self) {
        let gs: Vec<Arc<G>> = lock(&self.allgs).values().cloned().collect();
        let mut text = String::from("fatal error: all goroutines are asleep - deadlock!\n");
        for g in &gs {
            let reason = g.wait_reason().map(|r| r.as_str()).unwrap_or("runnable");
            text.push_str(&format!("\ngoroutine {} [{}]:\n", g.id, reason));
            text.push_str(&self.traceback(g, &lock(&g.state)));
        }
        self.finish(2, Some(text));
    }
}
