package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestMain lets a test run the command line in a child process with a
// file-size limit (RLIMIT_FSIZE): the child is this test binary, told by
// SECINT_FSIZE_CHILD what to run. The Go runtime ignores SIGXFSZ, so a write
// past the limit fails with EFBIG instead of killing the process.
func TestMain(m *testing.M) {
	if limit := os.Getenv("SECINT_FSIZE_CHILD"); limit != "" {
		n, err := strconv.ParseUint(limit, 10, 64)
		if err != nil {
			os.Exit(99)
		}
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: n, Max: n}); err != nil {
			os.Exit(98)
		}
		os.Exit(run(os.Args[len(os.Args)-3:], strings.NewReader(""), os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// A fix that cannot be written whole leaves the file as it was, says so, and
// leaves no temporary file behind.
func TestCheckFixFailedWriteKeepsTheFile(t *testing.T) {
	// Each fix quotes a number: the fixed text is longer than the original.
	var b strings.Builder
	for i := 0; i < 200; i++ {
		b.WriteString("ALTER INTEGRATION x SET OAUTH_CLIENT_ID = 42;\n")
	}
	orig := b.String()
	path := tempSQL(t, orig, 0o640)
	cmd := exec.Command(os.Args[0], "-test.run=^$", "check", "--fix", path)
	// The limit lets the original size through, not the fixed one.
	cmd.Env = append(os.Environ(), "SECINT_FSIZE_CHILD="+strconv.Itoa(len(orig)))
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
		t.Fatalf("exit %v, want status 2; output %q", err, out)
	}
	if want := path + ": cannot write the fixes, the file is unchanged: file too large\n"; !strings.Contains(string(out), want) {
		t.Errorf("output %q, want it to hold %q", out, want)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != orig {
		t.Errorf("the file changed: %d bytes, was %d", len(data), len(orig))
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the directory holds %v, want only the file", names)
	}

	// The same run without the limit writes the fixes, mode kept.
	if code, _, errOut := secint("", "check", "--fix", path); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, _ = os.ReadFile(path)
	if strings.Count(string(data), "'42'") != 200 {
		t.Errorf("fixed file %q...", data[:80])
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640 kept", info.Mode().Perm())
	}
}

// A symbolic link stays a link: the file it names gets the fixes.
func TestCheckFixThroughSymlink(t *testing.T) {
	target := tempSQL(t, "ALTER INTEGRATION x SET OAUTH_CLIENT_ID = 42;\n", 0o644)
	link := filepath.Join(t.TempDir(), "link.sql")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := secint("", "check", "--fix", link); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link is no longer a link: %v %v", info, err)
	}
	if data, _ := os.ReadFile(target); string(data) != "ALTER INTEGRATION x SET OAUTH_CLIENT_ID = '42';\n" {
		t.Errorf("target now %q", data)
	}
}

// A byte-order mark at the start of a file does not hide its statements, and
// --fix keeps it. (It counts as a character of the first line: column 44.)
func TestCheckFixKeepsByteOrderMark(t *testing.T) {
	path := tempSQL(t, "\uFEFFALTER INTEGRATION x SET OAUTH_CLIENT_ID = 42;\n", 0o644)
	code, out, _ := secint("", "check", path)
	if code != 1 || !strings.Contains(out, ":1:44: error wrong-value-type:") {
		t.Errorf("check: exit %d, output %q; want the error on line 1", code, out)
	}
	if code, _, errOut := secint("", "check", "--fix", path); code != 0 || errOut != path+": 1 fix applied\n" {
		t.Fatalf("fix: exit %d, stderr %q", code, errOut)
	}
	if data, _ := os.ReadFile(path); string(data) != "\uFEFFALTER INTEGRATION x SET OAUTH_CLIENT_ID = '42';\n" {
		t.Errorf("file now %q", data)
	}
}
