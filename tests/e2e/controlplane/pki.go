// PKI for the test control plane: a CA, the apiserver's serving certificate, client certificates for the
// admin (system:masters), the controller-manager, the scheduler and kwok, and the service-account signing key.
// Files are reused when they exist, so a restarted control plane keeps trusting the kubeconfigs it wrote
// before; a certificate missing from an older state directory is issued from the existing CA.
package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"time"
)

type pki struct {
	caCert, caKey         string
	serverCert, serverKey string
	adminCert, adminKey   string
	cmCert, cmKey         string
	schedCert, schedKey   string
	kwokCert, kwokKey     string
	saKey, saPub          string
}

func writePKI(dir string) (*pki, error) {
	d := filepath.Join(dir, "pki")
	p := &pki{
		caCert: filepath.Join(d, "ca.crt"), caKey: filepath.Join(d, "ca.key"),
		serverCert: filepath.Join(d, "apiserver.crt"), serverKey: filepath.Join(d, "apiserver.key"),
		adminCert: filepath.Join(d, "admin.crt"), adminKey: filepath.Join(d, "admin.key"),
		cmCert: filepath.Join(d, "controller-manager.crt"), cmKey: filepath.Join(d, "controller-manager.key"),
		schedCert: filepath.Join(d, "scheduler.crt"), schedKey: filepath.Join(d, "scheduler.key"),
		kwokCert: filepath.Join(d, "kwok.crt"), kwokKey: filepath.Join(d, "kwok.key"),
		saKey: filepath.Join(d, "sa.key"), saPub: filepath.Join(d, "sa.pub"),
	}
	if err := os.MkdirAll(d, 0o700); err != nil {
		return nil, err
	}
	ca, caKey, err := loadOrCreateCA(p.caCert, p.caKey)
	if err != nil {
		return nil, err
	}
	// Serial numbers only need to be unique per CA: a random one avoids tracking which were used.
	issue := func(certPath, keyPath string, subject pkix.Name, usage x509.ExtKeyUsage, dns []string, ips []net.IP) error {
		if exists(certPath) && exists(keyPath) {
			return nil
		}
		key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			return err
		}
		serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 62))
		if err != nil {
			return err
		}
		tmpl := &x509.Certificate{
			SerialNumber: serial,
			Subject:      subject,
			NotBefore:    time.Now().Add(-time.Hour),
			NotAfter:     time.Now().Add(10 * 365 * 24 * time.Hour),
			KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
			ExtKeyUsage:  []x509.ExtKeyUsage{usage},
			DNSNames:     dns,
			IPAddresses:  ips,
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
		if err != nil {
			return err
		}
		if err := writeCert(certPath, der); err != nil {
			return err
		}
		return writeECKey(keyPath, key)
	}
	if err := issue(p.serverCert, p.serverKey, pkix.Name{CommonName: "kube-apiserver"}, x509.ExtKeyUsageServerAuth,
		[]string{"localhost", "kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local"},
		[]net.IP{net.ParseIP("127.0.0.1"), net.ParseIP("10.96.0.1")}); err != nil {
		return nil, err
	}
	if err := issue(p.adminCert, p.adminKey, pkix.Name{CommonName: "e2e-admin", Organization: []string{"system:masters"}},
		x509.ExtKeyUsageClientAuth, nil, nil); err != nil {
		return nil, err
	}
	if err := issue(p.cmCert, p.cmKey, pkix.Name{CommonName: "system:kube-controller-manager"},
		x509.ExtKeyUsageClientAuth, nil, nil); err != nil {
		return nil, err
	}
	// The built-in ClusterRoleBindings system:kube-scheduler and system:volume-scheduler name this user.
	if err := issue(p.schedCert, p.schedKey, pkix.Name{CommonName: "system:kube-scheduler"},
		x509.ExtKeyUsageClientAuth, nil, nil); err != nil {
		return nil, err
	}
	// kwok writes Node and Pod status, deletes Pods and renews Node leases: system:masters covers all of it,
	// and its own user name keeps its requests apart from the tests' in the audit log.
	if err := issue(p.kwokCert, p.kwokKey, pkix.Name{CommonName: "kwok-controller", Organization: []string{"system:masters"}},
		x509.ExtKeyUsageClientAuth, nil, nil); err != nil {
		return nil, err
	}
	if exists(p.saKey) && exists(p.saPub) {
		return p, nil
	}
	saKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	pub, err := x509.MarshalPKIXPublicKey(&saKey.PublicKey)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(p.saKey, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(saKey)}), 0o600); err != nil {
		return nil, err
	}
	if err := os.WriteFile(p.saPub, pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pub}), 0o600); err != nil {
		return nil, err
	}
	return p, nil
}

// loadOrCreateCA reads the CA from disk, or makes a new one when either file is missing.
func loadOrCreateCA(certPath, keyPath string) (*x509.Certificate, *ecdsa.PrivateKey, error) {
	if exists(certPath) && exists(keyPath) {
		certPEM, err := os.ReadFile(certPath)
		if err != nil {
			return nil, nil, err
		}
		keyPEM, err := os.ReadFile(keyPath)
		if err != nil {
			return nil, nil, err
		}
		cb, _ := pem.Decode(certPEM)
		kb, _ := pem.Decode(keyPEM)
		if cb == nil || kb == nil {
			return nil, nil, fmt.Errorf("%s or %s holds no PEM block", certPath, keyPath)
		}
		ca, err := x509.ParseCertificate(cb.Bytes)
		if err != nil {
			return nil, nil, fmt.Errorf("parsing %s: %w", certPath, err)
		}
		key, err := x509.ParseECPrivateKey(kb.Bytes)
		if err != nil {
			return nil, nil, fmt.Errorf("parsing %s: %w", keyPath, err)
		}
		return ca, key, nil
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "flux-e2e-ca"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(10 * 365 * 24 * time.Hour),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, nil, err
	}
	ca, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, nil, err
	}
	if err := writeCert(certPath, der); err != nil {
		return nil, nil, err
	}
	if err := writeECKey(keyPath, key); err != nil {
		return nil, nil, err
	}
	return ca, key, nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func writeCert(path string, der []byte) error {
	return os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
}

func writeECKey(path string, key *ecdsa.PrivateKey) error {
	der, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return err
	}
	return os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: der}), 0o600)
}
