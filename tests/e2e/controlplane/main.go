// Command controlplane starts a real Kubernetes control plane for the end-to-end tests: an embedded etcd,
// kube-apiserver, kube-controller-manager and kube-scheduler, all built from their Go modules at one pinned
// release, plus (when given its binary) kwok with fake nodes: Pods that tolerate the nodes' taint
// kwok.x-k8s.io/node=fake:NoSchedule are scheduled and turn Running, so Deployments, StatefulSets and Jobs
// really roll out; other Pods stay Pending as on a cluster without nodes.
//
// It is one multicall binary so the harness builds and caches a single file:
//
//	controlplane up --dir DIR [--port 6443] [--kwok BIN --kwok-config STAGES [--nodes N]]
//	                                          start everything, write DIR/kubeconfig, run until SIGTERM
//	controlplane apiserver ARGS...            kube-apiserver (started by `up` as a child process)
//	controlplane controller-manager ARGS...   kube-controller-manager (started by `up` as a child process)
//	controlplane scheduler ARGS...            kube-scheduler (started by `up` as a child process)
//
// The components run as separate processes because each registers metrics in process-global registries;
// etcd runs inside the `up` process through go.etcd.io/etcd/server/v3/embed. kwok is its own binary
// (tests/e2e/controlplane/build-kwok.sh), started by `up` as a child like the others.
package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"go.etcd.io/etcd/server/v3/embed"
	"k8s.io/component-base/cli"
	apiserver "k8s.io/kubernetes/cmd/kube-apiserver/app"
	controllermanager "k8s.io/kubernetes/cmd/kube-controller-manager/app"
	scheduler "k8s.io/kubernetes/cmd/kube-scheduler/app"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: controlplane up|apiserver|controller-manager|scheduler ...")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "apiserver":
		cmd := apiserver.NewAPIServerCommand()
		cmd.SetArgs(os.Args[2:])
		os.Exit(cli.Run(cmd))
	case "controller-manager":
		cmd := controllermanager.NewControllerManagerCommand()
		cmd.SetArgs(os.Args[2:])
		os.Exit(cli.Run(cmd))
	case "scheduler":
		cmd := scheduler.NewSchedulerCommand()
		cmd.SetArgs(os.Args[2:])
		os.Exit(cli.Run(cmd))
	case "up":
		if err := up(os.Args[2:]); err != nil {
			fmt.Fprintln(os.Stderr, "controlplane:", err)
			os.Exit(1)
		}
	default:
		fmt.Fprintf(os.Stderr, "controlplane: unknown command %q\n", os.Args[1])
		os.Exit(2)
	}
}

func up(args []string) error {
	fs := flag.NewFlagSet("up", flag.ExitOnError)
	dir := fs.String("dir", "", "state directory (certificates, etcd data, logs, kubeconfig)")
	port := fs.Int("port", 0, "apiserver port on 127.0.0.1 (0 picks a free one)")
	kwokBin := fs.String("kwok", "", "kwok binary; when set, kwok runs with --nodes fake nodes")
	kwokConfig := fs.String("kwok-config", "", "kwok's stage configuration (required with --kwok)")
	nodes := fs.Int("nodes", 1, "fake nodes to create for kwok")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dir == "" {
		return errors.New("--dir is required")
	}
	if *kwokBin != "" && *kwokConfig == "" {
		// Without stages kwok exits at once with "no stages found".
		return errors.New("--kwok-config is required with --kwok")
	}
	abs, err := filepath.Abs(*dir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		return err
	}
	if *port == 0 {
		if *port, err = freePort(); err != nil {
			return err
		}
	}
	etcdClient, etcdPeer, err := freePort2()
	if err != nil {
		return err
	}

	p, err := writePKI(abs)
	if err != nil {
		return fmt.Errorf("writing certificates: %w", err)
	}
	if err := writeAuditPolicy(abs); err != nil {
		return err
	}

	etcd, err := startEtcd(filepath.Join(abs, "etcd"), etcdClient, etcdPeer)
	if err != nil {
		return fmt.Errorf("starting etcd: %w", err)
	}
	defer etcd.Close()

	self, err := os.Executable()
	if err != nil {
		return err
	}
	server := fmt.Sprintf("https://127.0.0.1:%d", *port)
	apiArgs := []string{
		"apiserver",
		"--etcd-servers=http://127.0.0.1:" + strconv.Itoa(etcdClient),
		"--bind-address=127.0.0.1",
		"--advertise-address=127.0.0.1",
		"--secure-port=" + strconv.Itoa(*port),
		"--cert-dir=" + filepath.Join(abs, "pki"),
		"--tls-cert-file=" + p.serverCert,
		"--tls-private-key-file=" + p.serverKey,
		"--client-ca-file=" + p.caCert,
		"--service-account-issuer=https://kubernetes.default.svc.cluster.local",
		"--service-account-key-file=" + p.saPub,
		"--service-account-signing-key-file=" + p.saKey,
		"--service-cluster-ip-range=10.96.0.0/16",
		"--authorization-mode=Node,RBAC",
		// The loopback address cannot back the kubernetes Service's endpoints; nothing here needs them.
		"--endpoint-reconciler-type=none",
		"--allow-privileged=true",
		"--audit-policy-file=" + filepath.Join(abs, "audit-policy.yaml"),
		"--audit-log-path=" + filepath.Join(abs, "audit.log"),
		"--audit-log-maxsize=200",
		"--audit-log-maxbackup=1",
		"--enable-priority-and-fairness=false",
		"--profiling=false",
		"--v=0",
	}
	cmArgs := []string{
		"controller-manager",
		"--kubeconfig=" + filepath.Join(abs, "controller-manager.kubeconfig"),
		"--authentication-kubeconfig=" + filepath.Join(abs, "controller-manager.kubeconfig"),
		"--authorization-kubeconfig=" + filepath.Join(abs, "controller-manager.kubeconfig"),
		"--bind-address=127.0.0.1",
		"--secure-port=0",
		"--leader-elect=false",
		"--use-service-account-credentials=true",
		"--service-account-private-key-file=" + p.saKey,
		"--root-ca-file=" + p.caCert,
		"--cluster-signing-cert-file=" + p.caCert,
		"--cluster-signing-key-file=" + p.caKey,
		// nodelifecycle stays: it lifts the node.kubernetes.io/not-ready taint the API server puts on every new
		// Node once kwok reports the fake node Ready (and would mark it NotReady if kwok stopped renewing its
		// lease). nodeipam needs a cluster CIDR; the volume controllers have no volumes to bind or attach.
		"--controllers=*,-nodeipam,-persistentvolume-binder,-attachdetach,-ttl",
		"--v=0",
	}
	// No serving port: nothing scrapes it, and without one it needs no delegated authentication.
	schedArgs := []string{
		"scheduler",
		"--kubeconfig=" + filepath.Join(abs, "scheduler.kubeconfig"),
		"--leader-elect=false",
		"--secure-port=0",
		"--v=0",
	}
	if err := writeKubeconfig(filepath.Join(abs, "kubeconfig"), server, p.caCert, p.adminCert, p.adminKey); err != nil {
		return err
	}
	if err := writeKubeconfig(filepath.Join(abs, "controller-manager.kubeconfig"), server, p.caCert, p.cmCert, p.cmKey); err != nil {
		return err
	}
	if err := writeKubeconfig(filepath.Join(abs, "scheduler.kubeconfig"), server, p.caCert, p.schedCert, p.schedKey); err != nil {
		return err
	}
	if err := writeKubeconfig(filepath.Join(abs, "kwok.kubeconfig"), server, p.caCert, p.kwokCert, p.kwokKey); err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	// SIGUSR1 stops kube-apiserver and SIGUSR2 starts it again with the same arguments, so a test can see how
	// clients live through an API server outage; DIR/apiserver-stopped exists while it is down.
	outage := make(chan os.Signal, 2)
	signal.Notify(outage, syscall.SIGUSR1, syscall.SIGUSR2)
	stoppedMark := filepath.Join(abs, "apiserver-stopped")
	startAPI := func() (*exec.Cmd, chan struct{}, error) {
		cmd, err := startChild(self, apiArgs, filepath.Join(abs, "apiserver.log"))
		if err != nil {
			return nil, nil, err
		}
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		return cmd, done, nil
	}
	api, apiDone, err := startAPI()
	if err != nil {
		return err
	}
	defer func() {
		if api != nil {
			terminate(api)
		}
	}()
	if err := waitReady(ctx, server, p, 3*time.Minute, apiDone); err != nil {
		return err
	}
	cm, err := startChild(self, cmArgs, filepath.Join(abs, "controller-manager.log"))
	if err != nil {
		return err
	}
	defer terminate(cm)
	cmDone := make(chan struct{})
	go func() { _ = cm.Wait(); close(cmDone) }()
	sched, err := startChild(self, schedArgs, filepath.Join(abs, "scheduler.log"))
	if err != nil {
		return err
	}
	defer terminate(sched)
	schedDone := make(chan struct{})
	go func() { _ = sched.Wait(); close(schedDone) }()

	// Without kwok this channel is never closed: nothing to watch.
	kwokDone := make(chan struct{})
	if *kwokBin != "" {
		kwokArgs := []string{
			"--kubeconfig=" + filepath.Join(abs, "kwok.kubeconfig"),
			"--config=" + *kwokConfig,
			// Only the nodes made here; a test may add Nodes of its own that kwok leaves alone.
			"--manage-all-nodes=false",
			"--manage-nodes-with-annotation-selector=" + kwokNodeAnnotation + "=fake",
			"--node-lease-duration-seconds=40",
			"--v=INFO",
		}
		// KWOK_WORKDIR: not ~/.kwok, whose kwok.yaml kwok would otherwise load before our stages.
		k, err := startProcess(*kwokBin, kwokArgs, filepath.Join(abs, "kwok.log"), []string{"KWOK_WORKDIR=" + filepath.Join(abs, "kwok")})
		if err != nil {
			return err
		}
		defer terminate(k)
		go func() { _ = k.Wait(); close(kwokDone) }()
		if err := createFakeNodes(ctx, server, p, *nodes, 2*time.Minute, kwokDone); err != nil {
			return err
		}
	}

	if err := os.WriteFile(filepath.Join(abs, "ready"), []byte(server+"\n"), 0o600); err != nil {
		return err
	}
	fmt.Printf("control plane ready at %s; kubeconfig %s\n", server, filepath.Join(abs, "kubeconfig"))

	defer os.Remove(filepath.Join(abs, "ready"))
	for {
		select {
		case <-ctx.Done():
			return nil
		case sig := <-outage:
			if sig == syscall.SIGUSR1 && api != nil {
				terminate(api)
				<-apiDone
				// A nil channel never fires: the deliberate exit is not reported as a crash.
				api, apiDone = nil, nil
				if err := os.WriteFile(stoppedMark, nil, 0o600); err != nil {
					return err
				}
			} else if sig == syscall.SIGUSR2 && api == nil {
				if api, apiDone, err = startAPI(); err != nil {
					return err
				}
				if err := waitReady(ctx, server, p, time.Minute, apiDone); err != nil {
					return err
				}
				_ = os.Remove(stoppedMark)
			}
			continue
		case <-apiDone:
			return fmt.Errorf("kube-apiserver exited unexpectedly; see %s", filepath.Join(abs, "apiserver.log"))
		case <-cmDone:
			return fmt.Errorf("kube-controller-manager exited unexpectedly; see %s", filepath.Join(abs, "controller-manager.log"))
		case <-schedDone:
			return fmt.Errorf("kube-scheduler exited unexpectedly; see %s", filepath.Join(abs, "scheduler.log"))
		case <-kwokDone:
			return fmt.Errorf("kwok exited unexpectedly; see %s", filepath.Join(abs, "kwok.log"))
		}
	}
}

func startEtcd(dir string, clientPort, peerPort int) (*embed.Etcd, error) {
	cfg := embed.NewConfig()
	cfg.Dir = dir
	cfg.Logger = "zap"
	cfg.LogLevel = "error"
	cfg.LogOutputs = []string{filepath.Join(filepath.Dir(dir), "etcd.log")}
	client, _ := url.Parse("http://127.0.0.1:" + strconv.Itoa(clientPort))
	peer, _ := url.Parse("http://127.0.0.1:" + strconv.Itoa(peerPort))
	cfg.ListenClientUrls = []url.URL{*client}
	cfg.AdvertiseClientUrls = []url.URL{*client}
	cfg.ListenPeerUrls = []url.URL{*peer}
	cfg.AdvertisePeerUrls = []url.URL{*peer}
	cfg.InitialCluster = cfg.Name + "=" + peer.String()
	// Tests write many small objects; fsync on every write would dominate their run time.
	cfg.UnsafeNoFsync = true
	e, err := embed.StartEtcd(cfg)
	if err != nil {
		return nil, err
	}
	select {
	case <-e.Server.ReadyNotify():
		return e, nil
	case <-time.After(60 * time.Second):
		e.Close()
		return nil, errors.New("etcd did not become ready within 60s")
	}
}

// startChild runs this binary with args (a component name first), logging to logPath.
func startChild(self string, args []string, logPath string) (*exec.Cmd, error) {
	return startProcess(self, args, logPath, nil)
}

// startProcess runs bin with args and extra environment entries, logging to logPath.
func startProcess(bin string, args []string, logPath string, env []string) (*exec.Cmd, error) {
	log, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout = log
	cmd.Stderr = log
	// The children die with us even if we are killed with SIGKILL.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", strings.TrimSuffix(filepath.Base(logPath), ".log"), err)
	}
	return cmd, nil
}

func terminate(cmd *exec.Cmd) {
	if cmd.Process == nil {
		return
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	// The waiter goroutine started with the child reaps it; give it a moment, then make sure it is gone.
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if err := cmd.Process.Signal(syscall.Signal(0)); err != nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	_ = cmd.Process.Kill()
}

func waitReady(ctx context.Context, server string, p *pki, limit time.Duration, apiDone <-chan struct{}) error {
	caPEM, err := os.ReadFile(p.caCert)
	if err != nil {
		return err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	cert, err := tls.LoadX509KeyPair(p.adminCert, p.adminKey)
	if err != nil {
		return err
	}
	client := &http.Client{
		Timeout:   5 * time.Second,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, Certificates: []tls.Certificate{cert}}},
	}
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		select {
		case <-apiDone:
			return errors.New("kube-apiserver exited during start-up; see apiserver.log")
		default:
		}
		resp, err := client.Get(server + "/readyz")
		if err == nil {
			_ = resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(250 * time.Millisecond)
	}
	return fmt.Errorf("kube-apiserver not ready after %s; see apiserver.log", limit)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func freePort2() (int, int, error) {
	a, err := freePort()
	if err != nil {
		return 0, 0, err
	}
	for {
		b, err := freePort()
		if err != nil {
			return 0, 0, err
		}
		if b != a {
			return a, b, nil
		}
	}
}

func writeAuditPolicy(dir string) error {
	policy := `apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: ["RequestReceived"]
rules:
- level: Metadata
`
	return os.WriteFile(filepath.Join(dir, "audit-policy.yaml"), []byte(policy), 0o600)
}

func writeKubeconfig(path, server, caCert, cert, key string) error {
	cfg := fmt.Sprintf(`apiVersion: v1
kind: Config
clusters:
- name: e2e
  cluster:
    server: %s
    certificate-authority: %s
users:
- name: e2e
  user:
    client-certificate: %s
    client-key: %s
contexts:
- name: e2e
  context:
    cluster: e2e
    user: e2e
current-context: e2e
`, server, caCert, cert, key)
	return os.WriteFile(path, []byte(cfg), 0o600)
}
