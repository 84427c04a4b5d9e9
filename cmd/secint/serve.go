package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/secint/secint/playground"
)

// runServe serves the playground embedded in this binary until it is
// interrupted:
//
//	secint serve [--addr 127.0.0.1:8080]
//
// Port 0 picks a free port. Once listening it prints one line,
// "secint playground: http://HOST:PORT/", which the browser tests read.
func runServe(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	addr := fl.String("addr", "127.0.0.1:8080", "address to listen on (host:port; port 0 picks a free one)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "secint serve: unexpected argument %q\n", fl.Arg(0))
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, *addr, playground.Assets(), stdout); err != nil {
		fmt.Fprintf(stderr, "secint serve: %v\n", err)
		return 2
	}
	return 0
}

// serve listens on addr and serves assets until ctx is done.
func serve(ctx context.Context, addr string, assets fs.FS, stdout io.Writer) error {
	if !playground.Built(assets) {
		return errors.New("this binary has no playground in it: build it with 'make playground' (or 'make playground-build', then 'go build ./cmd/secint')")
	}
	h, err := playground.NewHandler(assets)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	fmt.Fprintf(stdout, "secint playground: http://%s/\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
