package lsp

import (
	"fmt"
	"io"
	"net"
	"strconv"
)

// Dial connects to a client listening on 127.0.0.1:port and serves one
// session over the connection: this is what `--socket=PORT` means to
// VS Code's language client (it listens, the server connects).
func Dial(port int, opts Options) error {
	conn, err := net.Dial("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return err
	}
	defer conn.Close()
	return Serve(conn, conn, opts)
}

// Listen accepts connections on addr, which must be a loopback address
// (127.0.0.1 or ::1; port 0 picks one), and serves a session on each until
// the listener fails. ready is called with the address once listening.
func Listen(addr string, opts Options, ready func(net.Addr)) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return err
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("lsp: %q is not a loopback address; the server listens on 127.0.0.1 only", host)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	if ready != nil {
		ready(ln.Addr())
	}
	for {
		conn, err := ln.Accept()
		if err != nil {
			return err
		}
		go func(c io.ReadWriteCloser) {
			defer c.Close()
			Serve(c, c, opts)
		}(conn)
	}
}
